using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Citations;

/// <summary>What features read off a bib entry: its arXiv id, a one-line summary, the words typed text matches.</summary>
public static class BibEntryFacts
{
    /// <summary>
    /// The first arXiv id the recogniser found inside the entry's range (eprint, journal, url …), if any. The
    /// document's references are ordered by start, so the search starts at the entry with a binary search.
    /// </summary>
    public static ArxivId? ArxivIdOf(TextDocument bib, BibEntry entry) => ArxivIdOf(bib.Semantics, entry);

    /// <summary>The same, from the analysis of the .bib.</summary>
    public static ArxivId? ArxivIdOf(DocumentSemantics bib, BibEntry entry)
    {
        var references = bib.ArxivReferences;
        int low = 0, high = references.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (references[middle].Span.Start < entry.Span.Start) low = middle + 1;
            else high = middle;
        }
        for (var i = low; i < references.Length && references[i].Span.Start <= entry.Span.End; i++)
            if (references[i].Span.End <= entry.Span.End) return references[i].Id.WithoutVersion();
        return null;
    }

    /// <summary>"Vaswani et al. 2017 · Attention Is All You Need".</summary>
    public static string Summary(BibEntry entry)
    {
        var parts = new List<string>();
        if (entry["author"] is { } authors)
        {
            var names = authors.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var first = names.Length > 0 ? names[0] : authors;
            var family = first.Contains(',', StringComparison.Ordinal) ? first[..first.IndexOf(',', StringComparison.Ordinal)] : first.Split(' ')[^1];
            parts.Add(LatexText.ToReadable(family) + (names.Length > 1 ? " et al." : ""));
        }
        if ((entry["year"] ?? entry["date"]) is { Length: >= 4 } year) parts.Add(year[..4]);
        if (entry["title"] is { } title) parts.Add(LatexText.ToReadable(title).ReplaceLineEndings(" "));
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The words typed text is matched against: those of the key, the readable title and the readable authors. An
    /// entry matches when its key contains the typed text, or every typed word (<see cref="QueryWords"/>) starts one
    /// of these, ignoring case (<see cref="BibEntryIndex.Matching"/>).
    /// </summary>
    public static string[] SearchWords(BibEntry entry) =>
        $"{entry.Key} {LatexText.ToReadable(entry["title"])} {LatexText.ToReadable(entry["author"])}".Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What separates the search words of an entry.</summary>
    public static readonly char[] WordSeparators = [' ', ',', '-', ':', '.', '{', '}'];

    /// <summary>The words of typed text; each must start some search word of a matching entry.</summary>
    public static string[] QueryWords(string query) => query.Split([' ', '_', '-', ':'], StringSplitOptions.RemoveEmptyEntries);
}
