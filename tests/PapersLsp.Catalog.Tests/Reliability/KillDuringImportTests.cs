using PapersLsp.Catalog.Tests.Store;

namespace PapersLsp.Catalog.Tests.Reliability;

/// <summary>
/// <c>kill -9</c> at any moment of <c>papers-lsp catalog import</c>: afterwards the file passes SQLite's integrity
/// check and holds either the catalog from before that import or the one after it, never part of the import.
/// </summary>
public sealed class KillDuringImportTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int BatchSize = 4000;
    private readonly TempCatalogFile _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task A_killed_import_leaves_the_old_or_the_new_catalog_and_never_a_damaged_one()
    {
        // A first, complete import creates the catalog (with its default papers) and measures how long one takes.
        var first = Path.Combine(_catalog.Folder, "batch-0.jsonl");
        var expected = CatalogProcess.WriteSnapshot(first, 0, BatchSize).ToHashSet(StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, stderr) = await CatalogProcess.RunAsync("catalog", "import", first, "--catalog", _catalog.Path);
        var fullRun = clock.Elapsed;
        Assert.True(code == 0, stderr);
        var (integrity, keys) = CatalogProcess.Inspect(_catalog.Path);
        Assert.Equal("ok", integrity);
        Assert.Superset(expected, keys);

        var random = new Random(9);
        var outcomes = new List<string>();
        for (var round = 1; round <= 12; round++)
        {
            var file = Path.Combine(_catalog.Folder, $"batch-{round}.jsonl");
            var batch = CatalogProcess.WriteSnapshot(file, round * BatchSize, BatchSize);
            var before = CatalogProcess.Inspect(_catalog.Path).Keys;
            using (var import = CatalogProcess.Start("catalog", "import", file, "--catalog", _catalog.Path))
            {
                _ = import.StandardOutput.ReadToEndAsync();
                _ = import.StandardError.ReadToEndAsync();
                // Anywhere from start-up to just past the end of a whole run.
                await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds * 1.1));
                if (!import.HasExited) import.Kill(); // SIGKILL
                await import.WaitForExitAsync();
            }
            (integrity, keys) = CatalogProcess.Inspect(_catalog.Path);
            Assert.Equal("ok", integrity);
            var imported = batch.Count(keys.Contains);
            Assert.True(imported == 0 || imported == batch.Count, $"round {round}: {imported} of {batch.Count} records of the killed import are in the catalog");
            Assert.True(before.IsSubsetOf(keys), $"round {round}: papers from before the import were lost");
            Assert.Equal(before.Count + imported, keys.Count);
            outcomes.Add(imported == 0 ? "old" : "new");
        }
        output.WriteLine($"one import took {fullRun.TotalMilliseconds:F0} ms; outcomes: {string.Join(" ", outcomes)}");
        Assert.Contains("old", outcomes); // the kills landed inside imports, not only after them

        // And the catalog still takes an import normally.
        var last = Path.Combine(_catalog.Folder, "batch-last.jsonl");
        var lastBatch = CatalogProcess.WriteSnapshot(last, 100 * BatchSize, 100);
        (code, stderr) = await CatalogProcess.RunAsync("catalog", "import", last, "--catalog", _catalog.Path);
        Assert.True(code == 0, stderr);
        Assert.Superset(lastBatch.ToHashSet(), CatalogProcess.Inspect(_catalog.Path).Keys);
    }
}
