using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Features.Citations;
using PapersLsp.Features.Completion;
using PapersLsp.Features.Links;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Symbols;

/// <summary>A workspace symbol: a bib entry (opens at its key) or a catalog paper (opens its abstract page).</summary>
public sealed record PaperSymbol(string Name, string Detail, string Uri, TextSpan? Span, bool IsBibEntry);

/// <summary><c>workspace/symbol</c>: the workspace's bib entries, then catalog papers, matching the query.</summary>
public static class WorkspaceSymbols
{
    public const int MaxResults = 100;

    public static IReadOnlyList<PaperSymbol> Search(WorkspaceSnapshot snapshot, string query, IPaperCatalog catalog, CancellationToken cancellationToken = default)
    {
        var results = new List<PaperSymbol>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bib in snapshot.AllDocuments().Where(d => d.Language == DocumentLanguage.Bibtex).OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            var index = BibEntryIndex.Of(bib);
            foreach (var i in index.Matching(query))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entry = index.Entries[i];
                if (entry.Key.Length == 0) continue;
                if (index.ArxivIdAt(i) is { } id) seenIds.Add(id.Id);
                results.Add(new PaperSymbol(entry.Key, BibEntryFacts.Summary(entry), bib.Uri, entry.KeySpan, true));
                if (results.Count >= MaxResults) return results;
            }
        }
        if (query.Trim().Length < 2) return results;
        foreach (var match in catalog.Search(query, MaxResults - results.Count, cancellationToken))
        {
            var paper = match.Paper;
            if (paper.ArxivId is not { } id || seenIds.Contains(id.Id)) continue;
            results.Add(new PaperSymbol(LatexText.ToReadable(paper.Title).ReplaceLineEndings(" "), PaperCompletion.Byline(paper), ArxivLinks.AbstractUrl(id), null, false));
        }
        return results;
    }
}
