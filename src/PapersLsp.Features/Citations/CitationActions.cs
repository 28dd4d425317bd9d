using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Features.Bibtex;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Citations;

/// <summary>A replacement of a span of one document.</summary>
public sealed record DocumentEdit(string Uri, TextSpan Span, string NewText);

/// <summary>A code action: edits the client applies, or a client command (<c>papers.copyBibtex</c>) with its arguments.</summary>
public sealed record PaperAction(string Title, bool IsQuickFix, IReadOnlyList<DocumentEdit> Edits)
{
    public string? ClientCommand { get; init; }
    public IReadOnlyList<string> CommandArguments { get; init; } = [];
    public bool IsPreferred { get; init; }
}

/// <summary>
/// Code actions on arXiv references and undefined keys: add the paper's BibTeX to the document's .bib, copy it,
/// and replace a bare id by a citation of its key.
/// </summary>
public static class CitationActions
{
    public const string CopyBibtexCommand = "papers.copyBibtex";

    public static IReadOnlyList<PaperAction> For(WorkspaceSnapshot snapshot, TextDocument document, TextSpan range, IPaperCatalog catalog)
    {
        var actions = new List<PaperAction>();
        var target = document.Language == DocumentLanguage.Bibtex ? null : Bibliographies.Target(snapshot, document);
        foreach (var reference in document.Semantics.ArxivReferences)
            if (Overlaps(reference.Span, range)) AddReferenceActions(snapshot, document, reference, target, catalog, actions);
        foreach (var citation in document.Semantics.Citations)
            if (Overlaps(citation.Span, range)) AddUndefinedKeyActions(snapshot, document, citation, target, catalog, actions);
        return actions;
    }

    private static void AddReferenceActions(WorkspaceSnapshot snapshot, TextDocument document, ArxivReference reference, TextDocument? target, IPaperCatalog catalog, List<PaperAction> actions)
    {
        if (catalog.Get(reference.Id) is not { } paper) return;
        var settings = snapshot.Settings.Bibtex;
        var title = Short(paper.Title);
        var existing = target is null ? null : BibEntryIndex.Of(target).KeyOf(reference.Id.Id);
        if (existing is not null)
        {
            if (CitationFor(document, existing) is { } cite)
                actions.Add(new PaperAction($"Replace with {cite}", false, [new DocumentEdit(document.Uri, reference.Span, cite)]));
        }
        else if (target is not null)
        {
            var key = NewKey(paper, settings.KeyFormat, target);
            var insertion = BibtexInsertion.Append(target, BibtexWriter.Write(paper, settings.Style, key));
            var addEdit = new DocumentEdit(target.Uri, new TextSpan(insertion.At, 0), insertion.Text);
            actions.Add(new PaperAction($"Add BibTeX for “{title}” to {FileName(target.Uri)}", false, [addEdit]));
            if (CitationFor(document, key) is { } cite)
                actions.Add(new PaperAction($"Add BibTeX to {FileName(target.Uri)} and replace the id with {cite}", false,
                    [addEdit, new DocumentEdit(document.Uri, reference.Span, cite)]));
        }
        var copyKey = NewKey(paper, settings.KeyFormat, target);
        actions.Add(new PaperAction($"Copy BibTeX for “{title}”", false, [])
        {
            ClientCommand = CopyBibtexCommand,
            CommandArguments = [BibtexWriter.Write(paper, settings.Style, copyKey)],
        });
    }

    private static void AddUndefinedKeyActions(WorkspaceSnapshot snapshot, TextDocument document, Core.Citations.CitationReference citation, TextDocument? target, IPaperCatalog catalog, List<PaperAction> actions)
    {
        if (target is null || Bibliographies.For(snapshot, document).Any(bib => BibEntryIndex.Of(bib).HasKey(citation.Key))) return;
        var paper = ResolveKey(document, citation, catalog, snapshot.Settings.Bibtex.KeyFormat);
        if (paper is null) return;
        var insertion = BibtexInsertion.Append(target, BibtexWriter.Write(paper, snapshot.Settings.Bibtex.Style, citation.Key));
        actions.Add(new PaperAction($"Add BibTeX for “{Short(paper.Title)}” to {FileName(target.Uri)} as {citation.Key}", true,
            [new DocumentEdit(target.Uri, new TextSpan(insertion.At, 0), insertion.Text)]) { IsPreferred = true });
    }

    /// <summary>
    /// The paper an undefined key means: the key is an arXiv id, or an id sits on the same line, or the key is
    /// what one of the key formats makes for a paper the catalog finds from the key's words.
    /// </summary>
    public static PaperRecord? ResolveKey(TextDocument document, Core.Citations.CitationReference citation, IPaperCatalog catalog, Core.Settings.CitationKeyFormat preferred)
    {
        var key = citation.Key;
        if (ArxivId.TryParseTyped(key, out var id)) return catalog.Get(id);
        var line = document.Lines.GetPosition(citation.Span.Start).Line;
        foreach (var reference in document.Semantics.ArxivReferences)
            if (document.Lines.GetPosition(reference.Span.Start).Line == line && catalog.Get(reference.Id) is { } nearby) return nearby;
        var words = System.Text.RegularExpressions.Regex.Replace(key, "([0-9]+)", " $1 ", System.Text.RegularExpressions.RegexOptions.NonBacktracking)
            .Replace('_', ' ').Replace(':', ' ').Replace('-', ' ');
        foreach (var match in catalog.Search(words, 10))
            foreach (var format in Enum.GetValues<Core.Settings.CitationKeyFormat>().OrderBy(f => f == preferred ? 0 : 1))
                if (string.Equals(CitationKeyGenerator.Generate(match.Paper, format), key, StringComparison.OrdinalIgnoreCase)) return match.Paper;
        return null;
    }

    private static string NewKey(PaperRecord paper, Core.Settings.CitationKeyFormat format, TextDocument? target)
    {
        var existing = target?.Semantics.Bib.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal) ?? [];
        return CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(paper, format), existing);
    }

    /// <summary><c>\cite{key}</c> in LaTeX, <c>[@key]</c> in Markdown.</summary>
    public static string? CitationFor(TextDocument document, string key) => document.Language switch
    {
        DocumentLanguage.Latex => $"\\cite{{{key}}}",
        DocumentLanguage.Markdown => $"[@{key}]",
        _ => null,
    };

    private static bool Overlaps(TextSpan span, TextSpan range) => span.Start <= range.End && range.Start <= span.End;

    private static string Short(string title)
    {
        var readable = LatexText.ToReadable(title).ReplaceLineEndings(" ");
        return readable.Length <= 60 ? readable : readable[..57].TrimEnd() + "…";
    }

    private static string FileName(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var u) ? Path.GetFileName(u.LocalPath) : uri;
}
