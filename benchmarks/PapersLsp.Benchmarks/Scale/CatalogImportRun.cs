using System.Diagnostics;
using System.Text.Json;
using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Kaggle;
using PapersLsp.Catalog.Sqlite;

namespace PapersLsp.Benchmarks.Scale;

/// <summary>
/// Imports a snapshot-shaped file through the Kaggle importer and the SQLite store exactly as an import command does
/// (streamed, batches of one transaction each), reporting records/s; peak RSS is read by the caller
/// (<c>/usr/bin/time -v</c>). Used when the CLI has no <c>catalog import</c>.
/// </summary>
public static class CatalogImportRun
{
    /// <summary>Reads the snapshot through the importer only (no store): how much of an import is parsing.</summary>
    public static int ParseOnly(string snapshot)
    {
        var started = Stopwatch.StartNew();
        long papers = 0, problems = 0;
        using var stream = new FileStream(snapshot, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        foreach (var item in new KaggleSnapshotImporter().Read(stream, ImportOrigin.Now(Path.GetFileName(snapshot))))
        {
            if (item.Paper is not null) papers++;
            else problems++;
        }
        var seconds = started.Elapsed.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["records"] = papers,
            ["problems"] = problems,
            ["parseSeconds"] = Math.Round(seconds, 2),
            ["recordsPerSecond"] = Math.Round(papers / seconds),
            ["mbPerSecond"] = Math.Round(new FileInfo(snapshot).Length / 1e6 / seconds, 1),
        }));
        return 0;
    }

    public static int Run(string snapshot, string catalogPath, int batchSize)
    {
        var started = Stopwatch.StartNew();
        long papers = 0, problems = 0, added = 0, updated = 0;
        using (var catalog = new SqlitePaperCatalog(catalogPath))
        using (var stream = new FileStream(snapshot, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
        {
            var importer = new KaggleSnapshotImporter();
            var nextReport = 250_000L;
            foreach (var batch in ImportBatch.Of(importer.Read(stream, ImportOrigin.Now(Path.GetFileName(snapshot))), batchSize))
            {
                var result = catalog.Upsert(batch.Papers);
                papers += batch.Papers.Count;
                problems += batch.Problems.Count;
                added += result.Added;
                updated += result.Updated;
                if (papers < nextReport) continue;
                Console.Error.WriteLine($"{papers:N0} records, {papers / started.Elapsed.TotalSeconds:N0}/s");
                nextReport += 250_000;
            }
            var imported = started.Elapsed;
            catalog.Optimize();
            var total = started.Elapsed;
            var summary = new Dictionary<string, object>
            {
                ["records"] = papers,
                ["problems"] = problems,
                ["added"] = added,
                ["updated"] = updated,
                ["importSeconds"] = Math.Round(imported.TotalSeconds, 2),
                ["optimizeSeconds"] = Math.Round((total - imported).TotalSeconds, 2),
                ["recordsPerSecondWithoutOptimize"] = Math.Round(papers / imported.TotalSeconds),
            };
            Console.WriteLine(JsonSerializer.Serialize(summary));
        }
        return 0;
    }
}
