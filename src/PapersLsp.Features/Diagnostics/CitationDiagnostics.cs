using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using PapersLsp.Features.Citations;

namespace PapersLsp.Features.Diagnostics;

/// <summary>Citation problems: undefined keys in documents; duplicate keys, syntax errors, unknown ids and unused entries in .bib files.</summary>
public static class CitationDiagnostics
{
    /// <summary>texlab's threshold: above this many entries, unused-entry hints cost more than they help.</summary>
    public const int UnusedEntryLimit = 1000;

    public static void Collect(WorkspaceSnapshot snapshot, TextDocument document, KnownPapers catalog, List<PaperDiagnostic> into)
    {
        if (document.Language == DocumentLanguage.Bibtex) CollectBib(snapshot, document, catalog, into);
        else CollectUses(snapshot, document, into);
    }

    private static void CollectUses(WorkspaceSnapshot snapshot, TextDocument document, List<PaperDiagnostic> into)
    {
        if (document.Semantics.Citations.Length == 0) return;
        var bibliographies = Bibliographies.For(snapshot, document);
        // A Markdown note with no bibliography anywhere uses "@name" as prose (mentions), not as citations.
        if (bibliographies.Count == 0 && document.Language == DocumentLanguage.Markdown) return;
        var defined = bibliographies.SelectMany(b => b.Semantics.Bib.Entries).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var citation in document.Semantics.Citations)
        {
            if (defined.Contains(citation.Key)) continue;
            var where = bibliographies.Count == 0 ? "no bibliography was found" : $"not in {string.Join(", ", bibliographies.Select(b => FileName(b.Uri)))}";
            into.Add(new PaperDiagnostic(citation.Span, DiagnosticSeverity.Error, DiagnosticCodes.UndefinedKey,
                $"citation key '{citation.Key}' is undefined: {where}") { Data = citation.Key });
        }
    }

    private static void CollectBib(WorkspaceSnapshot snapshot, TextDocument bib, KnownPapers catalog, List<PaperDiagnostic> into)
    {
        foreach (var error in bib.Semantics.Bib.Errors)
            into.Add(new PaperDiagnostic(error.Span, DiagnosticSeverity.Error, DiagnosticCodes.BibSyntax, error.Message));

        var first = new Dictionary<string, Core.Bibtex.BibEntry>(StringComparer.Ordinal);
        var index = BibEntryIndex.Of(bib);
        var known = catalog.Lookup(Enumerable.Range(0, index.Entries.Count).Select(index.ArxivIdAt).OfType<Core.Arxiv.ArxivId>());
        for (var i = 0; i < index.Entries.Count; i++)
        {
            var entry = index.Entries[i];
            if (entry.Key.Length == 0) continue;
            if (first.TryGetValue(entry.Key, out var original))
                into.Add(new PaperDiagnostic(entry.KeySpan, DiagnosticSeverity.Error, DiagnosticCodes.DuplicateKey, $"duplicate key '{entry.Key}'")
                {
                    Related = [new RelatedLocation(bib.Uri, original.KeySpan, "first defined here")],
                    Data = entry.Key,
                });
            else first[entry.Key] = entry;

            if (index.ArxivIdAt(i) is { } id && !known.ContainsKey(id.Id))
                into.Add(new PaperDiagnostic(entry.KeySpan, DiagnosticSeverity.Information, DiagnosticCodes.UnknownEntryArxivId,
                    $"arXiv:{id.Id} ({entry.Key}) is not in the paper catalog") { Data = id.Id });
        }
        CollectUnused(snapshot, bib, into);
    }

    private static void CollectUnused(WorkspaceSnapshot snapshot, TextDocument bib, List<PaperDiagnostic> into)
    {
        var mode = snapshot.Settings.Diagnostics.UnusedEntries;
        var entries = bib.Semantics.Bib.Entries;
        if (mode == UnusedEntryReporting.Never || (mode == UnusedEntryReporting.Auto && entries.Count > UnusedEntryLimit)) return;
        var users = snapshot.AllDocuments().Where(d => d.Language != DocumentLanguage.Bibtex
            && (d.Semantics.Citations.Length > 0 || d.Semantics.CitesEverything)
            && Bibliographies.For(snapshot, d).Any(b => b.Uri == bib.Uri)).ToArray();
        if (users.Length == 0) return; // nothing cites from this file: unused means nothing yet
        if (users.Any(d => d.Semantics.CitesEverything)) return; // everything is cited
        var cited = users.SelectMany(d => d.Semantics.Citations).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Key.Length > 0 && !cited.Contains(entry.Key))
                into.Add(new PaperDiagnostic(entry.KeySpan, DiagnosticSeverity.Hint, DiagnosticCodes.UnusedEntry, $"'{entry.Key}' is not cited anywhere in the workspace") { Data = entry.Key });
    }

    private static string FileName(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var u) ? Path.GetFileName(u.LocalPath) : uri;
}
