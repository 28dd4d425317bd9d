using PapersLsp.Benchmarks.Generators;
using PapersLsp.Benchmarks.Scale;
using PapersLsp.Catalog.Sqlite;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// The SQLite catalog the catalog micro-benchmarks read: the large one scripts/bench.sh imported
/// (<c>PAPERS_BENCH_CATALOG</c>), else a 50 k-record one generated and imported once into artifacts/bench.
/// </summary>
public static class BenchmarkCatalog
{
    public static SqlitePaperCatalog Open()
    {
        if (Environment.GetEnvironmentVariable("PAPERS_BENCH_CATALOG") is { Length: > 0 } path && File.Exists(path))
            return new SqlitePaperCatalog(path);
        var small = RepositoryFiles.Artifacts("micro-50k.db");
        if (!File.Exists(small))
        {
            var snapshot = RepositoryFiles.Artifacts("kaggle-50000.jsonl");
            if (!File.Exists(snapshot)) KaggleSnapshotGenerator.Write(snapshot, 50_000);
            CatalogImportRun.Run(snapshot, small, 5000);
        }
        return new SqlitePaperCatalog(small);
    }
}
