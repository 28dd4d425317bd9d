using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;

namespace PapersLsp.Features.Citations;

/// <summary>A bib entry and the .bib document it is in.</summary>
public sealed record LocatedBibEntry(TextDocument Document, BibEntry Entry);

/// <summary>
/// Which .bib files a document uses: those it names (<c>\bibliography{}</c>, <c>\addbibresource{}</c>, YAML
/// <c>bibliography:</c>; relative to the document, <c>.bib</c> optional) plus the global ones from settings
/// (expanded by <see cref="UserPath"/>, relative ones against the first workspace folder); a document that names
/// none uses every .bib file in the workspace.
/// </summary>
public static class Bibliographies
{
    public static IReadOnlyList<TextDocument> For(WorkspaceSnapshot snapshot, TextDocument document)
    {
        if (document.Language == DocumentLanguage.Bibtex) return [document];
        var named = new List<TextDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in document.Semantics.Bibliographies)
            foreach (var uri in Candidates(document.Uri, reference.Path))
                if (snapshot.Find(uri) is { Language: DocumentLanguage.Bibtex } bib && seen.Add(bib.Uri)) { named.Add(bib); break; }
        var baseFolder = UserPath.BaseFolder(snapshot.Folders);
        foreach (var global in snapshot.Settings.Bibtex.GlobalBibliographies)
            if (UserPath.Expand(global, baseFolder) is { } path && ToUri(path) is { } uri && snapshot.Find(uri) is { Language: DocumentLanguage.Bibtex } bib && seen.Add(bib.Uri)) named.Add(bib);
        if (named.Count > 0 || document.Semantics.Bibliographies.Length > 0) return named;
        return snapshot.AllDocuments().Where(d => d.Language == DocumentLanguage.Bibtex).OrderBy(d => d.Uri, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every entry of the document's bibliographies, in file order.</summary>
    public static IEnumerable<LocatedBibEntry> Entries(WorkspaceSnapshot snapshot, TextDocument document)
    {
        foreach (var bib in For(snapshot, document))
            foreach (var entry in bib.Semantics.Bib.Entries)
                yield return new LocatedBibEntry(bib, entry);
    }

    /// <summary>The .bib file new entries for this document go to: the first it uses, else null.</summary>
    public static TextDocument? Target(WorkspaceSnapshot snapshot, TextDocument document) => For(snapshot, document) is { Count: > 0 } all ? all[0] : null;

    /// <summary>URIs a bibliography path may mean, relative to the citing document, with and without <c>.bib</c>.</summary>
    public static IEnumerable<string> Candidates(string documentUri, string path)
    {
        if (!Uri.TryCreate(documentUri, UriKind.Absolute, out var baseUri)) yield break;
        path = path.Trim().Replace('\\', '/');
        if (path.Length == 0) yield break;
        var withExtension = path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase) ? path : path + ".bib";
        foreach (var candidate in new[] { withExtension, path }.Distinct())
        {
            Uri? resolved = null;
            try { resolved = Path.IsPathRooted(candidate) ? new Uri(candidate) : new Uri(baseUri, Uri.EscapeDataString(candidate).Replace("%2F", "/", StringComparison.Ordinal)); }
            catch (UriFormatException) { }
            if (resolved is not null) yield return resolved.AbsoluteUri;
        }
    }

    private static string? ToUri(string fullPath)
    {
        try { return new Uri(fullPath).AbsoluteUri; }
        catch (UriFormatException) { return null; }
    }
}
