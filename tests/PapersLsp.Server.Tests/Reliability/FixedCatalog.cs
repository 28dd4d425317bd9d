using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>A read-only catalog of a few known papers, so the checks after an abuse run have something real to hover.</summary>
public sealed class FixedCatalog(params PaperRecord[] papers) : IPaperCatalog
{
    public static FixedCatalog Attention()
    {
        Assert.True(ArxivId.TryParse("1706.03762", out var id));
        return new FixedCatalog(new PaperRecord { Key = id.Id, ArxivId = id, Title = "Attention Is All You Need", Authors = [new PaperAuthor("Ashish Vaswani")] });
    }

    public event EventHandler? Changed { add { } remove { } }

    public PaperRecord? Get(ArxivId id) => papers.FirstOrDefault(p => p.ArxivId?.Id == id.Id);

    public PaperRecord? GetByKey(string key) => papers.FirstOrDefault(p => p.Key == key);

    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default) =>
        [.. papers.Where(p => p.Title.Contains(query, StringComparison.OrdinalIgnoreCase)).Take(limit).Select(p => new PaperMatch(p, 1))];

    public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default) => throw new NotSupportedException("read-only");

    public int RemoveSource(string sourceName) => 0;

    public CatalogStats GetStats() => new(papers.Length, papers.Count(p => p.ArxivId is not null), 0, new Dictionary<string, long>(), null);
}
