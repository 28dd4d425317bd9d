using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>Two catalog instances on one file stand in for two processes (each has its own connections).</summary>
public sealed class ConcurrentCatalogTests : IDisposable
{
    private readonly TempCatalogFile _file = new();

    public void Dispose() => _file.Dispose();

    private static PaperRecord[] Batch(int batch, int size) =>
        Enumerable.Range(0, size).Select(i => Papers.Arxiv($"2402.{batch * size + i:00000}", $"Batch {batch} paper {i} on holography", [$"Writer{batch} Author"], "2024-02-01", $"batch{batch}")).ToArray();

    [Fact]
    public async Task Two_writers_and_readers_on_one_file_never_fail_and_never_see_half_a_batch()
    {
        const int batches = 12, size = 500;
        using var writerA = _file.Open();
        using var writerB = _file.Open();
        using var reader = _file.Open();
        var seenCounts = new List<long>();
        var errors = new List<Exception>();
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            try
            {
                while (!done.IsCancellationRequested)
                {
                    var stats = reader.GetStats();
                    lock (seenCounts) seenCounts.Add(stats.Papers);
                    Assert.All(stats.BySource.Values, n => Assert.Equal(size, n));   // a batch is there whole or not at all
                    reader.Search("holography batch", 20);
                }
            }
            catch (Exception e) { lock (errors) errors.Add(e); }
        })).ToArray();
        var writers = new[] { writerA, writerB }.Select((catalog, w) => Task.Run(() =>
        {
            try
            {
                for (var b = w; b < batches; b += 2) catalog.Upsert(Batch(b, size));
            }
            catch (Exception e) { lock (errors) errors.Add(e); }
        })).ToArray();

        await Task.WhenAll(writers);
        done.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.All(seenCounts, n => Assert.Equal(0, n % size));
        Assert.Equal(batches * size, reader.GetStats().Papers);
        Assert.Equal(batches, reader.GetStats().BySource.Count);
        reader.CheckIntegrity();
    }

    [Fact]
    public void One_instance_is_safe_from_many_threads()
    {
        using var catalog = _file.Open();
        catalog.Upsert(Papers.All);
        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8).Select(i =>
        {
            if (i % 8 == 0) catalog.Upsert(Batch(100 + i, 20));
            return catalog.Search("attention need", 5)[0].Paper.Key;
        }).ToArray();
        Assert.All(results, key => Assert.Equal("1706.03762", key));
        Assert.Equal(10 + 8 * 20, catalog.GetStats().Papers);
    }
}
