using System.Collections.Concurrent;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Online.Tests.Infrastructure;

/// <summary>A small thread-safe IPaperCatalog for these tests: records by key, an upsert replaces the record.</summary>
public sealed class TestCatalog : IPaperCatalog
{
    private readonly ConcurrentDictionary<string, PaperRecord> _papers = new(StringComparer.Ordinal);

    public event EventHandler? Changed;

    public int Upserts { get; private set; }

    public PaperRecord? Get(ArxivId id) => GetByKey(id.Id);

    public PaperRecord? GetByKey(string key) => _papers.GetValueOrDefault(key);

    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default) =>
        [.. _papers.Values.Where(p => p.Title.Contains(query, StringComparison.OrdinalIgnoreCase)).Take(limit).Select(p => new PaperMatch(p, 1))];

    public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default)
    {
        var (added, updated) = (0, 0);
        foreach (var record in records)
        {
            if (_papers.ContainsKey(record.Key)) updated++;
            else added++;
            _papers[record.Key] = record;
        }
        Upserts++;
        Changed?.Invoke(this, EventArgs.Empty);
        return new UpsertResult(added, updated, 0);
    }

    public int RemoveSource(string sourceName) => 0;

    public CatalogStats GetStats() => new(_papers.Count, _papers.Count, 0, new Dictionary<string, long>(), null);
}
