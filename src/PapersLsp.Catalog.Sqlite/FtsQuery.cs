using System.Text;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// Builds FTS5 MATCH text from user words. Every word is a quoted string (exact terms, or a prefix with a star), so FTS5 operators typed by
/// the user (AND, OR, NOT, NEAR, quotes, *, :, -, ^, parentheses) are plain text: they can neither fail the query nor
/// change its meaning. Words are ANDed.
/// </summary>
internal static class FtsQuery
{
    /// <summary>Shorter typed words are matched exactly, not with a typo (as the shared ranker does).</summary>
    public const int MinTypoWordLength = 4;

    /// <summary>The typo vocabulary (<c>search_terms</c>) holds the indexed words of at least this many letters.</summary>
    public const int VocabularyMinLength = MinTypoWordLength - 1;

    /// <summary>Queries of up to this many long words get every typo fallback; longer ones only for their longest words.</summary>
    private const int MaxDropped = 4;

    /// <summary>
    /// The MATCH text for all <paramref name="words"/>, each as the OR of the indexed words it begins when
    /// <paramref name="expansions"/> has them (<c>("network" OR "networks")</c>), else as a prefix.
    /// </summary>
    public static string? Expanded(IReadOnlyList<string> words, IReadOnlyList<IReadOnlyList<string>?> expansions)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 0) continue;
            if (text.Length > 0) text.Append(" AND ");   // FTS5 takes no implicit AND next to a parenthesised group
            if (expansions[i] is not { Count: > 0 } terms)
            {
                text.Append(Quote(words[i])).Append('*');
                continue;
            }
            AppendAny(text, terms);
        }
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>Appends <c>("a" OR "b" …)</c>: exact terms, which FTS5 reads lazily.</summary>
    private static void AppendAny(StringBuilder text, IReadOnlyList<string> terms)
    {
        text.Append('(');
        for (var t = 0; t < terms.Count; t++) text.Append(t == 0 ? "" : " OR ").Append(Quote(terms[t]));
        text.Append(')');
    }

    /// <summary>
    /// All words as in <see cref="Expanded"/>, each long word that begins no indexed word also matching the corrected
    /// prefixes one edit away from it (<c>("contnual"* OR "continual"*)</c>); null when no word has such neighbours.
    /// </summary>
    public static string? WithNeighbours(IReadOnlyList<string> words, IReadOnlyList<IReadOnlyList<string>?> expansions, Func<string, IReadOnlyList<string>> neighbours)
    {
        var text = new StringBuilder();
        var any = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0) continue;
            if (text.Length > 0) text.Append(" AND "); // FTS5 takes no implicit AND next to a parenthesised group
            // A word that begins indexed words is taken as typed: widening it would only cost (see Expanded).
            if (expansions[i] is { Count: > 0 } terms)
            {
                AppendAny(text, terms);
                continue;
            }
            var near = word.Length >= MinTypoWordLength ? neighbours(word) : [];
            any |= near.Count > 0;
            text.Append('(').Append(Quote(word)).Append('*');
            foreach (var prefix in near) text.Append(" OR ").Append(Quote(prefix)).Append('*');
            text.Append(')');
        }
        return any ? text.ToString() : null;
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Looser queries that still find a word typed with one typo. With several words, dropping each long word in turn
    /// keeps the others exact and finds a typo anywhere in the dropped one (at most <see cref="MaxDropped"/> of them,
    /// longest first). A single word falls back to its first half, which finds a typo in its second half. The ranker
    /// then checks that the typo is only one edit.
    /// </summary>
    public static IEnumerable<string> TypoFallbacks(IReadOnlyList<string> words, IReadOnlyList<IReadOnlyList<string>?> expansions, Func<string, IReadOnlyList<string>?> expand)
    {
        if (words.Count == 1)
        {
            if (words[0].Length < MinTypoWordLength) yield break;
            var half = words[0][..Math.Max(3, (words[0].Length + 1) / 2)];
            if (Expanded([half], [expand(half)]) is { } halfQuery) yield return halfQuery;
            yield break;
        }
        var dropOrder = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= MinTypoWordLength).OrderByDescending(i => words[i].Length).Take(MaxDropped);
        foreach (var skip in dropOrder)
        {
            var kept = Enumerable.Range(0, words.Count).Where(i => i != skip).ToArray();
            if (Expanded([.. kept.Select(i => words[i])], [.. kept.Select(i => expansions[i])]) is { } others) yield return others;
        }
    }
}
