using System.Diagnostics;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>
/// The command line's import: with the catalog to itself it writes through a rollback journal; with anyone else on
/// the file it imports alongside them. Either way a batch is whole or absent, and the file ends in WAL mode.
/// </summary>
public sealed class BulkUpsertTests : IDisposable
{
    private readonly TempCatalogFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Alone_it_writes_everything_says_nothing_and_leaves_the_file_in_WAL_mode()
    {
        var said = new List<string>();
        using (var catalog = _file.Open())
        {
            var result = catalog.BulkUpsert(Papers.All, said.Add);
            Assert.Equal(Papers.All.Length, result.Added);
        }
        Assert.Empty(said);
        Assert.Equal("wal", _file.Sql("PRAGMA journal_mode"));
        Assert.False(File.Exists(_file.Path + "-journal"));
        using var reopened = _file.Open();
        Assert.Equal("1706.03762", reopened.Search("attention vaswani", 3)[0].Paper.Key);
        Assert.Equal(Papers.All.Length, (int)reopened.GetStats().Papers);
    }

    [Fact]
    public void With_another_connection_on_the_file_it_imports_alongside_at_once_and_says_why()
    {
        using var other = _file.Open();
        Assert.True(other.IsEmpty);   // has read: holds its shared lock, as a running server does
        using var catalog = _file.Open();
        var said = new List<string>();
        var clock = Stopwatch.StartNew();
        var result = catalog.BulkUpsert(Papers.All, said.Add);
        // Not waiting out a busy timeout (two minutes) before falling back.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(Papers.All.Length, result.Added);
        Assert.Contains("another program has the catalog", Assert.Single(said), StringComparison.Ordinal);
        Assert.Equal(Papers.All.Length, (int)other.GetStats().Papers);
    }

    [Fact]
    public void Cancelled_it_leaves_the_catalog_as_it_was()
    {
        using (var catalog = _file.Open()) catalog.Upsert(Papers.All);
        using var cancel = new CancellationTokenSource();
        using (var catalog = _file.Open())
        {
            Assert.ThrowsAny<OperationCanceledException>(() => catalog.BulkUpsert(Generated(3_000, stopAt: 2_000, cancel), null, cancel.Token));
            Assert.Equal(Papers.All.Length, (int)catalog.GetStats().Papers);
        }
        Assert.Equal("wal", _file.Sql("PRAGMA journal_mode"));
        using var reopened = _file.Open();
        Assert.Equal(Papers.All.Length, (int)reopened.GetStats().Papers);
        Assert.Empty(reopened.Search("generated", 5));
        Assert.Equal("1512.03385", reopened.Search("residual learning", 3)[0].Paper.Key);
    }

    [Fact]
    public async Task A_reader_that_opens_the_file_meanwhile_waits_and_then_sees_the_whole_batch()
    {
        using (var catalog = _file.Open()) catalog.Upsert(Papers.All);
        Task<long>? reader = null;
        using var catalogForImport = _file.Open();
        catalogForImport.BulkUpsert(Generated(2_000, onRecord: i =>
        {
            if (i == 500) reader = Task.Run(() =>
            {
                using var late = _file.Open();
                return late.GetStats().Papers;
            });
        }));
        Assert.NotNull(reader);
        Assert.Equal(Papers.All.Length + 2_000, await reader);
    }

    [Fact]
    public void A_batch_larger_than_the_search_window_is_complete_in_the_vocabulary_and_the_index()
    {
        const int count = 60_000;
        using (var catalog = _file.Open())
        {
            var result = catalog.BulkUpsert(Generated(count));
            Assert.Equal(count, result.Added);
        }
        using var reopened = _file.Open();
        foreach (var i in new[] { 0, 49_999, 50_000, 59_999 })
            Assert.Equal(Key(i), Assert.Single(reopened.Search($"{Word(i)} generated", 5)).Paper.Key);
        // Each record's distinct word reached the typo vocabulary: a typo in it still finds the paper.
        Assert.Contains(reopened.Search(Word(55_555) + "q generated", 10), m => m.Paper.Key == Key(55_555));
        Assert.Equal((long)count, _file.Sql("SELECT count(*) FROM search_terms WHERE term LIKE 'w%'"));
        // The index merges again after the batch (it paused merging while the batch was written).
        Assert.Equal(4L, _file.Sql("SELECT v FROM paper_search_config WHERE k = 'automerge'"));
    }

    private static string Key(int i) => $"2403.{i:00000}";

    /// <summary>A word of letters only, different for every <paramref name="i"/> ("w" + base-26 digits).</summary>
    private static string Word(int i)
    {
        var letters = new char[5];
        for (var d = 4; d >= 0; d--, i /= 26) letters[d] = (char)('a' + i % 26);
        return "w" + new string(letters);
    }

    private static IEnumerable<PaperRecord> Generated(int count, int stopAt = -1, CancellationTokenSource? cancel = null, Action<int>? onRecord = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == stopAt) cancel?.Cancel();
            onRecord?.Invoke(i);
            yield return Papers.Arxiv(Key(i), $"Generated paper {Word(i)} on lattice strings", ["Grace Hopper"], "2024-03-01", "generated");
        }
    }
}
