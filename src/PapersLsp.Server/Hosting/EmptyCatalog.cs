using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Server.Hosting;

/// <summary>The catalog used when the configured one cannot be opened: it knows no papers and refuses writes.</summary>
internal sealed class EmptyCatalog : IPaperCatalog
{
    public event EventHandler? Changed { add { } remove { } }

    public PaperRecord? Get(ArxivId id) => null;

    public PaperRecord? GetByKey(string key) => null;

    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default) => [];

    public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("the paper catalog is not available");

    public int RemoveSource(string sourceName) => 0;

    public CatalogStats GetStats() => new(0, 0, 0, new Dictionary<string, long>(), null);
}
