using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Tests.Security;

/// <summary>A catalog holding one record, for feeding a hostile record to the features.</summary>
internal sealed class OneRecordCatalog(PaperRecord paper) : IPaperCatalog
{
    public event EventHandler? Changed { add { } remove { } }

    public PaperRecord? Get(ArxivId id) => paper.ArxivId?.Id == id.Id ? paper : null;

    public PaperRecord? GetByKey(string key) => paper.Key == key ? paper : null;

    public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default) => [new PaperMatch(paper, 1)];

    public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public int RemoveSource(string sourceName) => 0;

    public CatalogStats GetStats() => new(1, paper.ArxivId is null ? 0 : 1, 1, new Dictionary<string, long>(), null);
}
