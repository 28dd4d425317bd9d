using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;
using PapersLsp.Features.Citations;
using PapersLsp.Features.Links;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Completion;

/// <summary>
/// Completion of ids, citation keys and titles. The catalog ranks; the client is told not to filter again
/// (filter text = what was typed) and to re-ask as the user types.
/// </summary>
public static class PaperCompletion
{
    public const int MaxItems = 50;

    public static CompletionResult Complete(WorkspaceSnapshot snapshot, TextDocument document, int offset, bool explicitlyInvoked, IPaperCatalog catalog, CancellationToken cancellationToken = default)
    {
        var context = CompletionContext.Detect(document, offset, explicitlyInvoked);
        if (context is null) return CompletionResult.Empty;
        return context.Place switch
        {
            CompletionPlace.ArxivId => Ids(context, catalog, cancellationToken),
            CompletionPlace.CitationKey => Keys(snapshot, document, context, catalog, cancellationToken),
            CompletionPlace.BibEntry => BibEntries(snapshot, document, context, catalog, cancellationToken),
            _ => Titles(snapshot, document, context, catalog, cancellationToken),
        };
    }

    private static CompletionResult Ids(CompletionContext context, IPaperCatalog catalog, CancellationToken cancellationToken)
    {
        if (context.Query.Length == 0) return new CompletionResult([], true);
        var items = new List<CompletionCandidate>();
        foreach (var match in catalog.Search(context.Query, MaxItems, cancellationToken))
        {
            if (match.Paper.ArxivId is not { } id) continue;
            items.Add(PaperItem(match.Paper, items.Count, context) with { InsertText = id.Id });
        }
        return new CompletionResult(items, true);
    }

    private static CompletionResult Keys(WorkspaceSnapshot snapshot, TextDocument document, CompletionContext context, IPaperCatalog catalog, CancellationToken cancellationToken)
    {
        var bibs = Bibliographies.For(snapshot, document).Select(BibEntryIndex.Of).ToArray();
        var items = new List<CompletionCandidate>();
        for (var b = 0; b < bibs.Length; b++)
        {
            var bib = bibs[b];
            foreach (var i in bib.Matching(context.Query))
            {
                var entry = bib.Entries[i];
                // The first entry with a key wins, in this file and across the files in order.
                if (!bib.IsFirstWithKey(i) || bibs.Take(b).Any(earlier => earlier.HasKey(entry.Key))) continue;
                items.Add(new CompletionCandidate(entry.Key, CandidateKind.BibEntry, entry.Key, context.Replace)
                {
                    Detail = BibEntryFacts.Summary(entry),
                    SortText = $"0{items.Count:D4}",
                    FilterText = context.Query.Length == 0 ? entry.Key : context.Query,
                });
                if (items.Count >= MaxItems) return new CompletionResult(items, true);
            }
        }
        if (context.Query.Length < 2) return new CompletionResult(items, true);

        var target = Bibliographies.Target(snapshot, document);
        var generated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool IsTaken(string key) => generated.Contains(key) || bibs.Any(bib => bib.HasKeyIgnoringCase(key));
        foreach (var match in catalog.Search(context.Query, MaxItems - items.Count, cancellationToken))
        {
            var paper = match.Paper;
            // Already in the bibliography under its own key: by id, or by title for entries that carry no id.
            if (paper.ArxivId is { } id && bibs.Any(bib => bib.CitesId(id.Id))) continue;
            var titleKey = PaperRecord.TitleKey(LatexText.ToReadable(paper.Title));
            if (bibs.Any(bib => bib.CitesTitle(titleKey))) continue;
            var key = CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(paper, snapshot.Settings.Bibtex.KeyFormat), IsTaken);
            generated.Add(key);
            items.Add(PaperItem(paper, items.Count + 1000, context) with
            {
                InsertText = key,
                AddBibtex = target is null ? null : new AddBibtexAction(target.Uri, paper.Key, key),
                Detail = $"{Byline(paper)} — new entry {key}{(target is null ? "" : " in " + Path.GetFileName(Uri.UnescapeDataString(target.Uri)))}",
            });
        }
        return new CompletionResult(items, true);
    }

    /// <summary>In a .bib file: the whole entry, in the configured style, with a key the file does not have yet.</summary>
    private static CompletionResult BibEntries(WorkspaceSnapshot snapshot, TextDocument bib, CompletionContext context, IPaperCatalog catalog, CancellationToken cancellationToken)
    {
        if (context.Query.Length < 2) return new CompletionResult([], true);
        var keys = bib.Semantics.Bib.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var settings = snapshot.Settings.Bibtex;
        var items = new List<CompletionCandidate>();
        foreach (var match in catalog.Search(context.Query, MaxItems, cancellationToken))
        {
            var key = CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(match.Paper, settings.KeyFormat), keys);
            items.Add(PaperItem(match.Paper, items.Count, context) with { InsertText = BibtexWriter.Write(match.Paper, settings.Style, key) + "\n" });
        }
        return new CompletionResult(items, true);
    }

    private static CompletionResult Titles(WorkspaceSnapshot snapshot, TextDocument document, CompletionContext context, IPaperCatalog catalog, CancellationToken cancellationToken)
    {
        if (context.Query.Length < 2) return new CompletionResult([], true);
        IReadOnlyList<BibEntryIndex> bibs = document.Language == DocumentLanguage.Latex
            ? [.. Bibliographies.For(snapshot, document).Select(BibEntryIndex.Of)]
            : [];
        var items = new List<CompletionCandidate>();
        foreach (var match in catalog.Search(context.Query, MaxItems, cancellationToken))
        {
            var paper = match.Paper;
            var insert = InsertionFor(document, paper, snapshot.Settings, bibs);
            if (insert is null) continue;
            items.Add(PaperItem(paper, items.Count, context) with { InsertText = insert });
        }
        return new CompletionResult(items, true);
    }

    /// <summary>What accepting a title inserts, by place: a Markdown link or id, a LaTeX <c>\cite</c> or id.</summary>
    private static string? InsertionFor(TextDocument document, PaperRecord paper, PapersSettings settings, IReadOnlyList<BibEntryIndex> bibs)
    {
        var id = paper.ArxivId;
        switch (document.Language)
        {
            case DocumentLanguage.Markdown when settings.Markdown.InsertFormat == MarkdownInsertFormat.Link:
                // A record's own URL is data: only an http(s) one is inserted, and made safe as a destination.
                var url = id is not null ? ArxivLinks.AbstractUrl(id) : paper.Links.Select(MarkdownText.LinkTarget).FirstOrDefault(l => l is not null);
                if (url is null) return null;
                var title = LatexText.ToReadable(paper.Title).ReplaceLineEndings(" ").Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
                return $"[{title}]({url})";
            case DocumentLanguage.Latex when id is not null && bibs.Select(bib => bib.KeyOf(id.Id)).FirstOrDefault(k => k is not null) is { } key:
                return $"\\cite{{{key}}}";
            default:
                return id is null ? null : $"arXiv:{id.Id}";
        }
    }

    private static CompletionCandidate PaperItem(PaperRecord paper, int rank, CompletionContext context) =>
        new(LatexText.ToReadable(paper.Title).ReplaceLineEndings(" "), CandidateKind.Paper, "", context.Replace)
        {
            Detail = Byline(paper),
            SortText = $"1{rank:D4}",
            FilterText = context.Query,
            PaperKey = paper.Key,
        };

    /// <summary>First author, year and id: "Na et al. 2024 · 2410.15661".</summary>
    public static string Byline(PaperRecord paper)
    {
        var parts = new List<string>();
        if (paper.Authors.Count > 0)
            parts.Add(LatexText.ToReadable(paper.Authors[0].FamilyOrLastWord) + (paper.Authors.Count > 1 ? " et al." : ""));
        if (paper.Published is { } published) parts.Add(published.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (paper.ArxivId is { } id) parts.Add(id.Id);
        return string.Join(" · ", parts);
    }

    /// <summary>The documentation <c>completionItem/resolve</c> adds: the whole paper with its abstract.</summary>
    public static string? Documentation(IPaperCatalog catalog, string paperKey) =>
        catalog.GetByKey(paperKey) is { } paper ? PaperMarkdown.Render(paper) : null;
}
