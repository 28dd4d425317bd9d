using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Citations;

/// <summary>What features read off a bib entry: its arXiv id, a one-line summary, whether it matches typed text.</summary>
public static class BibEntryFacts
{
    /// <summary>The arXiv id the recogniser found inside the entry's range (eprint, journal, url …), if any.</summary>
    public static ArxivId? ArxivIdOf(TextDocument bib, BibEntry entry)
    {
        foreach (var reference in bib.Semantics.ArxivReferences)
            if (reference.Span.Start >= entry.Span.Start && reference.Span.End <= entry.Span.End) return reference.Id.WithoutVersion();
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

    /// <summary>True when every typed word starts a word of the key, title or authors (or the key contains the text).</summary>
    public static bool Matches(BibEntry entry, string query)
    {
        if (query.Length == 0) return true;
        if (entry.Key.Contains(query, StringComparison.OrdinalIgnoreCase)) return true;
        var words = SearchWords(entry);
        foreach (var typed in QueryWords(query))
            if (!words.Any(w => w.StartsWith(typed, StringComparison.OrdinalIgnoreCase))) return false;
        return true;
    }

    /// <summary>The words typed text is matched against: those of the key, the readable title and the readable authors.</summary>
    public static string[] SearchWords(BibEntry entry) =>
        SearchWords(entry.Key, LatexText.ToReadable(entry["title"]), LatexText.ToReadable(entry["author"]));

    /// <summary>The same, from a key and title and authors already made readable.</summary>
    public static string[] SearchWords(string key, string readableTitle, string readableAuthors) =>
        $"{key} {readableTitle} {readableAuthors}".Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What separates the search words of an entry.</summary>
    public static readonly char[] WordSeparators = [' ', ',', '-', ':', '.', '{', '}'];

    /// <summary>The words of typed text; each must start some search word of a matching entry.</summary>
    public static string[] QueryWords(string query) => query.Split([' ', '_', '-', ':'], StringSplitOptions.RemoveEmptyEntries);
}
