using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Kaggle;

namespace PapersLsp.Catalog.Tests.Import;

public class ImportBatchTests
{
    [Fact]
    public void Batches_carry_every_paper_and_problem_once()
    {
        var lines = File.ReadAllText(Corpus.PathOf("arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl")).Split('\n');
        lines[10] = "garbage";
        lines[50] = "{";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var batches = ImportBatch.Of(new KaggleSnapshotImporter().Read(stream, ImportOrigin.Now("s.jsonl")), 20).ToList();
        Assert.Equal([20, 20, 20, 20, 3], batches.Select(b => b.Papers.Count));
        Assert.Equal([11, 51], batches.SelectMany(b => b.Problems).Select(p => p.Line));
        Assert.Equal(83, batches.SelectMany(b => b.Papers).Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void No_items_no_batches() => Assert.Empty(ImportBatch.Of([], 10));
}
