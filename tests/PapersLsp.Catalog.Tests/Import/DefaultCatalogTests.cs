using Seeds = PapersLsp.Catalog.DefaultCatalog.DefaultCatalog;
using System.Diagnostics;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Import;

public class DefaultCatalogTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<PaperRecord>> Seed = new(() => Seeds.Load());

    private static List<string[]> TsvRows()
    {
        var path = Path.Combine(Corpus.Root, "..", "..", "src", "PapersLsp.Catalog", "DefaultCatalog", "seed-catalog.tsv");
        return [.. File.ReadLines(path).Skip(1).Select(l => l.Split('\t'))];
    }

    [Fact]
    public void Every_tsv_title_is_loaded_exactly_once()
    {
        var rows = TsvRows();
        Assert.Equal(483, rows.Count);
        var byTitle = Seed.Value.GroupBy(p => p.Title).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(rows, r => Assert.Equal(1, byTitle.GetValueOrDefault(r[1])));
        Assert.Equal(483, Seed.Value.Count);
        Assert.Equal(Seed.Value.Count, Seed.Value.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void Ids_authors_and_dates_come_from_the_tsv()
    {
        var byTitle = Seed.Value.ToDictionary(p => p.Title);
        foreach (var row in TsvRows().Where((_, i) => i % 7 == 0))
        {
            var paper = byTitle[row[1]];
            Assert.Equal(row[0].Length == 0 ? null : row[0], paper.ArxivId?.Id);
            Assert.Equal(row[0].Length == 0 ? PaperRecord.TitleKey(row[1]) : row[0], paper.Key);
            Assert.Equal(row[2].Split(';', StringSplitOptions.RemoveEmptyEntries), paper.Authors.Select(a => a.Name));
            if (row[3].Length > 0) Assert.Equal(DateOnly.ParseExact(row[3], "yyyy-MM-dd"), paper.Published);
            Assert.Equal(row[4].Length == 0 ? null : row[4], paper.PrimaryCategory);
        }

        var scalable = byTitle["Scalable Data Ablation Approximations for Language Models through Modular Training and Merging"];
        Assert.Equal("2410.15661", scalable.Key);
        Assert.Equal(7, scalable.Authors.Count);
        Assert.Equal("Clara Na", scalable.Authors[0].Name);
        Assert.Equal("seed", Assert.Single(scalable.Sources).Name);
    }

    [Fact]
    public void Seed_file_papers_have_abstracts_and_card_details()
    {
        Assert.All(Seed.Value, p => Assert.False(string.IsNullOrEmpty(p.Abstract), p.Title));
        var mkor = Seed.Value.Single(p => p.Title.StartsWith("MKOR:", StringComparison.Ordinal));
        Assert.Equal(4, mkor.AuthorCount);
        Assert.Equal(new DateOnly(2023, 6, 2), mkor.Published);
        Assert.Equal(59, Seed.Value.Count(p => p.ArxivId is null));
    }

    [Fact]
    public void Loading_takes_well_under_a_second()
    {
        Seeds.Load();
        var watch = Stopwatch.StartNew();
        var papers = Seeds.Load();
        watch.Stop();
        output.WriteLine($"default catalog: {papers.Count} papers in {watch.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.Equal(483, papers.Count);
        Assert.True(watch.ElapsedMilliseconds < 300, $"took {watch.ElapsedMilliseconds} ms");
    }
}
