namespace PapersLsp.Core.Catalog;

/// <summary>
/// The relevance ranking every catalog implementation shares. Each typed word must match a word of the title, an
/// author name, the id or the year — exactly, as a prefix, or (words of 4+ letters) with one typo — in any order.
/// Family names weigh more than titles; an id prefix typed as such must prefix the key and ranks above everything.
/// </summary>
public static class SearchRanker
{
    private const double TitleWeight = 1.0, FamilyWeight = 1.3, GivenWeight = 0.8, IdWeight = 1.2, YearWeight = 1.0;

    /// <summary>Ranks <paramref name="candidates"/> best first (ties: newer, then key order), keeping at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<PaperMatch> Rank(PaperQuery query, IEnumerable<PaperSearchFields> candidates, int limit)
    {
        if (limit <= 0 || query.IsEmpty) return [];
        var matches = new List<PaperMatch>();
        foreach (var candidate in candidates)
            if (Score(query, candidate) is { } score) matches.Add(new PaperMatch(candidate.Paper, score));
        matches.Sort(Compare);
        if (matches.Count > limit) matches.RemoveRange(limit, matches.Count - limit);
        return matches;
    }

    /// <summary>The paper's score for the query, or null when some typed word matches nothing.</summary>
    public static double? Score(PaperQuery query, PaperSearchFields paper)
    {
        if (query.IsEmpty) return null;
        double score = 0;
        if (query.IdPrefix is { } prefix)
        {
            var key = paper.Paper.Key;
            if (key == prefix) score += 100;
            else if (paper.Paper.ArxivId is not null && key.StartsWith(prefix, StringComparison.Ordinal)) score += 50 + 10.0 * prefix.Length / key.Length;
            else return null;
        }

        var titleHits = new bool[paper.Title.Length];
        var previousTitleAt = -2;
        var inOrder = query.Words.Count >= 2;
        foreach (var word in query.Words)
        {
            var (titleQuality, titleAt) = BestIn(word, paper.Title);
            var best = titleQuality * TitleWeight;
            best = Math.Max(best, BestIn(word, paper.Family).Quality * FamilyWeight);
            best = Math.Max(best, BestIn(word, paper.Given).Quality * GivenWeight);
            best = Math.Max(best, BestIn(word, paper.Id).Quality * IdWeight);
            if (paper.Year is { } year && year.StartsWith(word, StringComparison.Ordinal)) best = Math.Max(best, YearWeight * word.Length / 4.0);
            if (best <= 0) return null;
            score += best;
            if (titleAt >= 0) titleHits[titleAt] = true;
            inOrder &= titleAt == previousTitleAt + 1 || (previousTitleAt == -2 && titleAt >= 0);
            previousTitleAt = titleAt;
        }

        // Of two titles matching the same words, the one the words cover more of is the likelier target.
        if (paper.Title.Length > 0 && query.Words.Count > 0)
            score += 0.5 * titleHits.Count(h => h) / paper.Title.Length;
        if (inOrder) score += 0.5;
        return score;
    }

    /// <summary>Best match quality of <paramref name="word"/> among <paramref name="tokens"/> (0 = none) and where.</summary>
    private static (double Quality, int At) BestIn(string word, string[] tokens)
    {
        double best = 0;
        var at = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var quality = Match(word, tokens[i]);
            if (quality > best)
            {
                best = quality;
                at = i;
            }
        }
        return (best, at);
    }

    /// <summary>1 for the same word, 0.6–1 for a prefix (more typed is better), 0.5/0.4 for one typo in a whole/partial word.</summary>
    public static double Match(string word, string token)
    {
        if (token.Length >= word.Length && token.StartsWith(word, StringComparison.Ordinal))
            return token.Length == word.Length ? 1.0 : 0.6 + 0.4 * word.Length / token.Length;
        if (word.Length < 4 || IsDigits(word)) return 0;
        if (EditDistance.WithinOne(word, token)) return 0.5;
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
            if (length < token.Length && EditDistance.WithinOne(word, token.AsSpan(0, length))) return 0.4;
        return 0;
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static int Compare(PaperMatch a, PaperMatch b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0) return byScore;
        var byDate = Nullable.Compare(b.Paper.Published, a.Paper.Published);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Paper.Key, b.Paper.Key);
    }
}
