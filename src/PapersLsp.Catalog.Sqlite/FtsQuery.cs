using System.Text;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// Builds FTS5 MATCH text from user words. Every word is a quoted string with a prefix star, so FTS5 operators typed by
/// the user (AND, OR, NOT, NEAR, quotes, *, :, -, ^, parentheses) are plain text: they can neither fail the query nor
/// change its meaning. Words are ANDed.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The MATCH text for all <paramref name="words"/>, or null when there are none.</summary>
    public static string? AllPrefixes(IEnumerable<string> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            if (text.Length > 0) text.Append(' ');
            text.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"*");
        }
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>
    /// Looser queries that still find a word typed with one typo: the typo sits in the second half of the word (so its
    /// first half is an intact prefix) or in the first half (so dropping that word and matching the others finds it;
    /// the ranker then checks the typo is only one edit).
    /// </summary>
    public static IEnumerable<string> TypoFallbacks(IReadOnlyList<string> words)
    {
        if (!words.Any(w => w.Length >= 4)) yield break;
        // Dropping a word keeps the others exact, the narrowest loose query, so it goes first.
        if (words.Count >= 2)
            for (var skip = 0; skip < words.Count; skip++)
                if (words[skip].Length >= 4 && AllPrefixes(words.Where((_, i) => i != skip)) is { } others) yield return others;
        var halved = words.Select(w => w.Length >= 4 ? w[..Math.Max(3, (w.Length + 1) / 2)] : w).ToArray();
        if (AllPrefixes(halved) is { } loose) yield return loose;
    }
}
