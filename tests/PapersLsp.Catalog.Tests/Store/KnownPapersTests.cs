using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Features.Diagnostics;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>
/// Diagnostics ask the catalog about a document's ids in one call and remember the answers until the catalog file
/// changes — also when another process (here: another catalog instance on the same file) writes it.
/// </summary>
public sealed class KnownPapersTests : IDisposable
{
    private readonly TempCatalogFile _file = new();

    public void Dispose() => _file.Dispose();

    private static readonly PaperRecord Attention =
        Papers.Arxiv("1706.03762", "Attention Is All You Need", ["Ashish Vaswani"], "2017-06-12") with { LatestVersion = 7 };

    private static readonly PaperRecord Bert =
        Papers.Arxiv("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers", ["Jacob Devlin"], "2018-10-11");

    private static ArxivId Id(string text) => ArxivId.TryParse(text, out var id) ? id : throw new ArgumentException(text);

    [Fact]
    public void Latest_versions_answer_only_the_keys_the_catalog_holds()
    {
        using var catalog = _file.Open();
        catalog.Upsert([Attention, Bert]);

        var found = catalog.LatestVersions(["1706.03762", "1810.04805", "2410.15661", "title:nothing"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(7, found["1706.03762"]);
        Assert.Null(found["1810.04805"]);
        Assert.Empty(catalog.LatestVersions([]));
    }

    [Fact]
    public void Answers_are_remembered_until_the_file_changes_in_any_process()
    {
        using var catalog = _file.Open();
        catalog.Upsert([Attention]);
        var counting = new CountingCatalog(catalog);
        var known = new KnownPapers(counting);
        ArxivId[] ids = [Id("1706.03762v2"), Id("1810.04805"), Id("1706.03762")];

        var first = known.Lookup(ids);
        var second = known.Lookup(ids);

        Assert.Equal(1, counting.Lookups);                 // the second keystroke asked nothing
        Assert.Equal(7, first["1706.03762"]);
        Assert.False(second.ContainsKey("1810.04805"));

        using (var otherWriter = _file.Open()) otherWriter.Upsert([Bert]);
        var afterImport = known.Lookup(ids);

        Assert.Equal(2, counting.Lookups);
        Assert.True(afterImport.ContainsKey("1810.04805"));
        Assert.Equal(7, afterImport["1706.03762"]);

        catalog.Upsert([Attention with { LatestVersion = 8 }]);        // a write through the same catalog
        Assert.Equal(8, known.Lookup(ids)["1706.03762"]);
        Assert.Equal(3, counting.Lookups);
    }

    /// <summary>Counts the batched lookups that reach the store.</summary>
    private sealed class CountingCatalog(IPaperCatalog inner) : IPaperCatalog
    {
        public int Lookups { get; private set; }

        public IReadOnlyDictionary<string, int?> LatestVersions(IReadOnlyCollection<string> keys)
        {
            Lookups++;
            return inner.LatestVersions(keys);
        }

        public long Revision => inner.Revision;

        public PaperRecord? Get(ArxivId id) => inner.Get(id);

        public PaperRecord? GetByKey(string key) => inner.GetByKey(key);

        public IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default) => inner.Search(query, limit, cancellationToken);

        public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default) => inner.Upsert(records, cancellationToken);

        public int RemoveSource(string sourceName) => inner.RemoveSource(sourceName);

        public CatalogStats GetStats() => inner.GetStats();

        public event EventHandler? Changed
        {
            add => inner.Changed += value;
            remove => inner.Changed -= value;
        }
    }
}
