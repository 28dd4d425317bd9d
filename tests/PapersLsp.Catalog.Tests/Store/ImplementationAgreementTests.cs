using System.Text.Json;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>
/// The SQLite catalog (FTS candidates + shared ranker) and the in-memory reference (ranker over everything) agree on
/// the best match for queries a user would type, over the 85 real records of the Kaggle snapshot sample.
/// </summary>
public sealed class ImplementationAgreementTests : IDisposable
{
    private readonly TempCatalogFile _file = new();

    public void Dispose() => _file.Dispose();

    /// <summary>Reads id, title and split author names straight from the JSON lines (the importer is not under test here).</summary>
    private static List<PaperRecord> SnapshotSample()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", "arxiv-metadata", "kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl");
        if (!File.Exists(path)) path = Path.Combine(FindRepo(), "tests", "corpus", "arxiv-metadata", "kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl");
        var papers = new List<PaperRecord>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.True(ArxivId.TryParse(root.GetProperty("id").GetString(), out var id));
            var authors = root.GetProperty("authors_parsed").EnumerateArray()
                .Select(a => (Family: a[0].GetString()!, Given: a[1].GetString()!))
                .Select(a => new PaperAuthor($"{a.Given} {a.Family}".Trim(), a.Given, a.Family)).ToArray();
            var title = string.Join(' ', root.GetProperty("title").GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            papers.Add(new PaperRecord { Key = id.Id, ArxivId = id, Title = title, Authors = authors });
        }
        return papers;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("tests/corpus");
    }

    /// <summary>Queries from each paper: first words with the last one partial, words reversed, the first author's family name plus a title word, and a late typo.</summary>
    private static IEnumerable<string> QueriesFor(PaperRecord paper)
    {
        var words = SearchText.Words(paper.Title).Where(w => w.Length >= 3).ToArray();
        if (words.Length < 3) yield break;
        yield return $"{words[0]} {words[1]} {words[2][..Math.Max(2, words[2].Length - 2)]}";
        yield return $"{words[2]} {words[1]} {words[0]}";
        if (paper.Authors.Count > 0) yield return $"{paper.Authors[0].Family} {words[^1]}";
        var longest = words.OrderByDescending(w => w.Length).First();
        if (longest.Length >= 6) yield return $"{longest[..^2]}{longest[^1]}{longest[^2]} {words.First(w => w != longest)}";
    }

    [Fact]
    public void Both_catalogs_rank_the_same_paper_first()
    {
        var papers = SnapshotSample();
        Assert.Equal(85, papers.Count);
        var memory = new InMemoryPaperCatalog(papers);
        using var sqlite = _file.Open();
        sqlite.Upsert(papers);

        var checkedQueries = 0;
        foreach (var paper in papers)
            foreach (var query in QueriesFor(paper))
            {
                var expected = memory.Search(query, 10);
                var actual = sqlite.Search(query, 10);
                Assert.True(expected.Count > 0, query);
                Assert.NotEmpty(actual);
                Assert.True(expected[0].Paper.Key == actual[0].Paper.Key, $"{query}: {expected[0].Paper.Key} {expected[0].Score} {expected[0].Paper.Title} / {actual[0].Paper.Key} {actual[0].Score} {actual[0].Paper.Title}");
                Assert.Equal(expected[0].Score, actual[0].Score, precision: 9);
                checkedQueries++;
            }
        Assert.True(checkedQueries > 200, $"only {checkedQueries} queries");
    }
}
