using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Catalog;

/// <summary>
/// A thread-safe catalog held in memory: the reference implementation of the catalog semantics (merge, search, sources)
/// and the catalog feature tests use. Search scans every paper, so it suits small catalogs.
/// </summary>
public sealed class InMemoryPaperCatalog : IPaperCatalog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PaperSearchFields> _papers = new(StringComparer.Ordinal);

    public InMemoryPaperCatalog(IEnumerable<PaperRecord>? papers = null)
    {
        if (papers is not null) Upsert(papers);
    }

    public event EventHandler? Changed;

    private long _revision;

    public long Revision => Interlocked.Read(ref _revision);

    public PaperRecord? Get(ArxivId id) => GetByKey(id.Id);

    public PaperRecord? GetByKey(string key)
    {
        lock (_gate) return _papers.TryGetValue(key, out var fields) ? fields.Paper : null;
    }

    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default)
    {
        var parsed = PaperQuery.Parse(query);
        PaperSearchFields[] snapshot;
        lock (_gate) snapshot = [.. _papers.Values];
        cancellationToken.ThrowIfCancellationRequested();
        return SearchRanker.Rank(parsed, snapshot, limit);
    }

    public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default)
    {
        // Merge into a private copy and swap it in, so a cancelled or failing batch leaves nothing behind.
        var batch = new Dictionary<string, PaperRecord>(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        lock (_gate)
        {
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var normalised = record.ArxivId is { Version: not null } id ? record with { ArxivId = id.WithoutVersion() } : record;
                var existing = batch.TryGetValue(normalised.Key, out var pending) ? pending
                    : _papers.TryGetValue(normalised.Key, out var stored) ? stored.Paper : null;
                var merged = existing is null ? normalised : PaperMerger.Merge(existing, normalised);
                batch[normalised.Key] = merged;
            }
            foreach (var (key, merged) in batch)
            {
                if (!_papers.TryGetValue(key, out var before)) added++;
                else if (PaperMerger.HaveSameContent(before.Paper, merged)) unchanged++;
                else updated++;
                _papers[key] = PaperSearchFields.From(merged);
            }
        }
        if (added + updated > 0)
        {
            Interlocked.Increment(ref _revision);
            Changed?.Invoke(this, EventArgs.Empty);
        }
        return new UpsertResult(added, updated, unchanged);
    }

    public int RemoveSource(string sourceName)
    {
        var removed = 0;
        var changed = false;
        lock (_gate)
        {
            foreach (var fields in _papers.Values.ToArray())
            {
                var paper = fields.Paper;
                if (!paper.Sources.Any(s => s.Name == sourceName)) continue;
                changed = true;
                var kept = paper.Sources.Where(s => s.Name != sourceName).ToArray();
                if (kept.Length == 0)
                {
                    _papers.Remove(paper.Key);
                    removed++;
                }
                else _papers[paper.Key] = PaperSearchFields.From(paper with { Sources = kept });
            }
        }
        if (changed)
        {
            Interlocked.Increment(ref _revision);
            Changed?.Invoke(this, EventArgs.Empty);
        }
        return removed;
    }

    public CatalogStats GetStats()
    {
        lock (_gate)
        {
            var bySource = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var fields in _papers.Values)
                foreach (var name in fields.Paper.Sources.Select(s => s.Name).Distinct())
                    bySource[name] = bySource.GetValueOrDefault(name) + 1;
            return new CatalogStats(_papers.Count, _papers.Values.LongCount(f => f.Paper.ArxivId is not null),
                _papers.Values.LongCount(f => !string.IsNullOrWhiteSpace(f.Paper.Abstract)), bySource, null);
        }
    }
}
