using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

public sealed partial class SqlitePaperCatalog
{
    private const string CandidateColumns = "p.id, p.key, p.arxiv_id, p.title, p.authors, p.published";

    /// <summary>
    /// Candidates come from the FTS index (every word as a quoted prefix) or, for an id prefix, from the key index;
    /// when they give fewer than <paramref name="limit"/> matches, looser typo queries add more. The shared ranker
    /// decides what matches and in which order. FTS candidates are taken without ORDER BY rank (bm25 over a broad
    /// prefix's hundreds of thousands of hits would cost far more than the 20 ms budget); a broad query therefore ranks
    /// a bounded sample, and completion narrows it as the user types.
    /// </summary>
    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default)
    {
        var parsed = PaperQuery.Parse(query);
        if (parsed.IsEmpty || limit <= 0) return [];
        var cap = Math.Clamp(limit * 10, 200, 1000);
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
                AddFtsCandidates(connection, candidates, FtsQuery.AllPrefixes(parsed.Words)!, cap);
                ranked = SearchRanker.Rank(parsed, candidates.Values, limit);
                foreach (var loose in FtsQuery.TypoFallbacks(parsed.Words))
                {
                    if (ranked.Count >= limit) break;
                    cancellationToken.ThrowIfCancellationRequested();
                    AddFtsCandidates(connection, candidates, loose, cap);
                    ranked = SearchRanker.Rank(parsed, candidates.Values, limit);
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            return ranked.Select(m => new PaperMatch(LoadPaper(connection, $"{SelectPaper} WHERE key = $0", m.Paper.Key) ?? m.Paper, m.Score)).ToArray();
        });
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
