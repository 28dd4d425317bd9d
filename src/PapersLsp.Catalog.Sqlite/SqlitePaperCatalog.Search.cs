using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

public sealed partial class SqlitePaperCatalog
{
    /// <summary>
    /// A typed word that begins no indexed word (a typo) is widened to its one-edit corrections when the first query
    /// found fewer matches than this: a cheap query, as selective as the first.
    /// </summary>
    private const int NeighbourFallbackBelow = 3;

    private const string CandidateColumns = "p.id, p.key, p.arxiv_id, p.title, p.authors, p.published";

    /// <summary>
    /// Candidates come from the FTS index (every word as the indexed words it begins, or as a quoted prefix) or, for an
    /// id prefix, from the key index; when they give fewer than three matches, typo queries add more. The shared ranker
    /// decides what matches and in which order. FTS candidates are taken without ORDER BY rank (bm25 over a broad
    /// prefix's hundreds of thousands of hits would cost far more than the 20 ms budget); a broad query therefore ranks
    /// a bounded sample, and completion narrows it as the user types.
    /// </summary>
    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default)
    {
        var parsed = PaperQuery.Parse(query);
        if (parsed.IsEmpty || limit <= 0) return [];
        var cap = Math.Clamp(limit * 4, 100, 400);
        return Read(connection =>
        {
            var candidates = new Dictionary<long, PaperSearchFields>();
            IReadOnlyList<PaperMatch> ranked;
            if (parsed.IdPrefix is { } prefix)
            {
                AddCandidates(connection, candidates,
                    $"SELECT {CandidateColumns} FROM papers p WHERE p.key >= $0 AND p.key < $1 ORDER BY p.key LIMIT $2", prefix, prefix + "\u007f", cap);
                ranked = SearchRanker.Rank(parsed, candidates.Values, limit);
            }
            else
            {
                // A word of one or two letters begins a large share of all terms, and the index keeps no prefix lists
                // (see CatalogSchema): when longer words narrow the search, the ranker checks the short ones instead.
                var indexed = parsed.Words.Any(IsLong) ? parsed.Words.Where(IsLong).ToArray() : parsed.Words;
                // Each word as the indexed words it begins: FTS5 steps through exact terms' document lists and skips
                // ahead, where a prefix term first merges the whole lists of every term it matches (40+ ms for a
                // few common words at 2.8 M papers, against 8 ms for the same query spelled out).
                var expansions = indexed.Select(w => Expansions(connection, w)).ToArray();
                AddFtsCandidates(connection, candidates, FtsQuery.Expanded(indexed, expansions)!, cap);
                ranked = SearchRanker.Rank(parsed, candidates.Values, limit);
                var looseCap = Math.Clamp(limit * 2, 50, 100);
                if (ranked.Count < Math.Min(limit, NeighbourFallbackBelow)
                    && FtsQuery.WithNeighbours(indexed, expansions, word => Neighbours(connection, word)) is { } nearby)
                {
                    AddFtsCandidates(connection, candidates, nearby, cap);
                    ranked = SearchRanker.Rank(parsed, candidates.Values, limit);
                }
                // Dropping a word finds a typo in its first letter, which the neighbours miss; such a query ANDs fewer,
                // often very common, words, so it runs only when nothing matched at all.
                foreach (var loose in FtsQuery.TypoFallbacks(indexed, expansions, word => Expansions(connection, word)))
                {
                    if (ranked.Count > 0) break;
                    cancellationToken.ThrowIfCancellationRequested();
                    AddFtsCandidates(connection, candidates, loose, looseCap);
                    ranked = SearchRanker.Rank(parsed, candidates.Values, limit);
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            var idOfKey = candidates.ToDictionary(c => c.Value.Paper.Key, c => c.Key, StringComparer.Ordinal);
            var full = LoadPapers(connection, ranked.Select(m => idOfKey[m.Paper.Key]));
            return ranked.Select(m => new PaperMatch(full.GetValueOrDefault(m.Paper.Key, m.Paper), m.Score)).ToArray();
        });
    }

    /// <summary>A typed word that begins more indexed words than this stays a prefix query.</summary>
    private const int MaxExpansions = 160;

    /// <summary>
    /// The indexed words that <paramref name="word"/> begins, or null when it should stay a prefix: too short for the
    /// vocabulary (which holds words of three letters and more), digits (ids and years are not in it), not in it at
    /// all (then it is a typo, or a word the vocabulary missed, and the prefix costs nothing), or too common a start.
    /// </summary>
    private static List<string>? Expansions(CatalogConnection connection, string word)
    {
        if (!IsLong(word)) return ShortWordTerms(connection, word);
        if (word.All(char.IsAsciiDigit)) return null;
        var terms = new List<string>();
        using var row = connection.Statement(
            "SELECT term FROM search_terms WHERE term >= $0 AND term < $1 LIMIT $2", word, word + "\uffff", MaxExpansions + 1).ExecuteReader();
        while (row.Read()) terms.Add(row.GetString(0));
        return terms.Count is 0 or > MaxExpansions ? null : terms;
    }

    private static bool IsLong(string word) => word.Length >= FtsQuery.VocabularyMinLength;

    /// <summary>
    /// A query of only one- and two-letter words: each stands for itself and the first indexed words it begins. A
    /// sample, like any answer to so broad a query, read lazily as exact terms; a prefix term would merge the document
    /// lists of every word it begins (100+ ms at 2.8 M papers without a prefix index).
    /// </summary>
    private static List<string> ShortWordTerms(CatalogConnection connection, string word)
    {
        var terms = new List<string> { word };
        if (word.All(char.IsAsciiDigit)) return terms;
        using var row = connection.Statement(
            "SELECT term FROM search_terms WHERE term >= $0 AND term < $1 LIMIT $2", word, word + "\uffff", MaxExpansions).ExecuteReader();
        while (row.Read()) terms.Add(row.GetString(0));
        return terms;
    }

    /// <summary>At most this many indexed words stand in for one typed word.</summary>
    private const int MaxNeighbours = 16;

    /// <summary>
    /// What <paramref name="word"/> may have been meant to be, as prefixes of indexed words: each prefix of one letter
    /// less, as many or one more letter than the word that is one edit (insertion, deletion, substitution, swap) away
    /// from it — the typos the shared ranker accepts, whole word or prefix. Looked up among the words that share its
    /// first letter: a typo in the first letter is the one this does not find.
    /// </summary>
    private static List<string> Neighbours(CatalogConnection connection, string word)
    {
        var found = new List<string>();
        var first = word[..1];
        using var row = connection.Statement(
            "SELECT term FROM search_terms WHERE term >= $0 AND term < $1 AND length(term) >= $2",
            first, first + "\uffff", word.Length - 1).ExecuteReader();
        while (row.Read() && found.Count < MaxNeighbours)
        {
            var term = row.GetString(0);
            for (var length = word.Length - 1; length <= Math.Min(word.Length + 1, term.Length); length++)
            {
                var prefix = term[..length];
                if (prefix == word || !EditDistance.WithinOne(word, prefix)) continue;
                // Terms come in order, so one that a found prefix covers follows it directly.
                if (found.Count == 0 || !prefix.StartsWith(found[^1], StringComparison.Ordinal)) found.Add(prefix);
                break;
            }
        }
        return found;
    }

    /// <summary>Full records for the winners in two statements (ids passed as a JSON array keep the statement prepared).</summary>
    private static Dictionary<string, PaperRecord> LoadPapers(CatalogConnection connection, IEnumerable<long> ids)
    {
        var idList = "[" + string.Join(',', ids) + "]";
        var byId = new Dictionary<long, PaperRecord>();
        using (var row = connection.Statement($"{SelectPaper} WHERE id IN (SELECT value FROM json_each($0))", idList).ExecuteReader())
            while (row.Read()) byId[row.GetInt64(0)] = PaperRow.Read(row);
        var sources = new Dictionary<long, List<PaperSource>>();
        using (var row = connection.Statement(
                   "SELECT paper_id, name, file, imported_at FROM paper_sources WHERE paper_id IN (SELECT value FROM json_each($0)) ORDER BY paper_id, imported_at, name, file", idList).ExecuteReader())
            while (row.Read())
            {
                if (!sources.TryGetValue(row.GetInt64(0), out var list)) sources[row.GetInt64(0)] = list = [];
                list.Add(ReadSource(row, 1));
            }
        return byId.ToDictionary(p => p.Value.Key, p => p.Value with { Sources = sources.TryGetValue(p.Key, out var s) ? [.. s] : [] }, StringComparer.Ordinal);
    }

    private static void AddFtsCandidates(CatalogConnection connection, Dictionary<long, PaperSearchFields> candidates, string match, int cap) =>
        AddCandidates(connection, candidates,
            $"SELECT {CandidateColumns} FROM paper_search s JOIN papers p ON p.id = s.rowid WHERE paper_search MATCH $0 LIMIT $1", match, cap);

    /// <summary>Reads the few columns ranking needs; full records are loaded only for the winners.</summary>
    private static void AddCandidates(CatalogConnection connection, Dictionary<long, PaperSearchFields> candidates, string sql, params ReadOnlySpan<object?> values)
    {
        using var row = connection.Statement(sql, values).ExecuteReader();
        while (row.Read())
        {
            var id = row.GetInt64(0);
            if (candidates.ContainsKey(id)) continue;
            var paper = new PaperRecord
            {
                Key = row.GetString(1),
                ArxivId = row.IsDBNull(2) ? null : ArxivId.TryParse(row.GetString(2), out var arxivId) ? arxivId : null,
                Title = row.GetString(3),
                Authors = PaperRow.ReadAuthors(row.GetString(4)),
                Published = row.IsDBNull(5) ? null : DateOnly.ParseExact(row.GetString(5), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            candidates[id] = PaperSearchFields.From(paper);
        }
    }
}
