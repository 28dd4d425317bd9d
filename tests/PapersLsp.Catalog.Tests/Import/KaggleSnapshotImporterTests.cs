using System.Diagnostics;
using System.Text;
using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Kaggle;
using Xunit.Abstractions;

namespace PapersLsp.Catalog.Tests.Import;

public class KaggleSnapshotImporterTests(ITestOutputHelper output)
{
    private const string File85 = "arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl";

    private static string[] CorpusLines() => File.ReadAllText(Corpus.PathOf(File85)).Split('\n');

    [Fact]
    public void The_corpus_slice_imports_completely()
    {
        var items = Corpus.Import(new KaggleSnapshotImporter(), File85);
        var papers = items.Papers();
        Assert.Empty(items.Problems());
        Assert.Equal(85, papers.Count);
        Assert.Equal("0704.0002", papers[0].Key);
        Assert.Equal("0704.0086", papers[^1].Key);
        Assert.Equal(85, papers.Select(p => p.Key).Distinct().Count());
        Assert.All(papers, p => Assert.NotEmpty(p.Versions));
        Assert.All(papers, p => Assert.NotEmpty(p.Authors));
        Assert.Equal([43, 27, 9, 5, 1], papers.GroupBy(p => p.Versions.Count).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public void Fields_of_a_sample_record()
    {
        var papers = Corpus.Import(new KaggleSnapshotImporter(), File85).Papers().ToDictionary(p => p.Key);
        var first = papers["0704.0002"];
        Assert.Equal("Sparsity-certifying Graph Decompositions", first.Title);
        Assert.Equal(["Ileana Streinu", "Louis Theran"], first.Authors.Select(a => a.Name));
        Assert.Equal("Streinu", first.Authors[0].Family);
        Assert.Equal("Ileana", first.Authors[0].Given);
        Assert.Equal(new DateOnly(2007, 3, 31), first.Published);
        Assert.Equal(new DateOnly(2008, 12, 13), first.Updated);
        Assert.Equal(2, first.LatestVersion);
        Assert.Equal("math.CO", first.PrimaryCategory);
        Assert.Equal(["math.CO", "cs.CG"], first.Categories);
        Assert.Equal("To appear in Graphs and Combinatorics", first.Comments);
        Assert.Null(first.Doi);
        Assert.StartsWith("We describe a new algorithm, the $(k,\\ell)$-pebble game", first.Abstract);
        Assert.Equal("kaggle", Assert.Single(first.Sources).Name);

        var third = papers["0704.0003"];
        Assert.Equal([new DateOnly(2007, 4, 1), new DateOnly(2007, 12, 8), new DateOnly(2008, 1, 13)], third.Versions.Select(v => v.Date!.Value));
        Assert.Equal("A determinant of Stirling cycle numbers counts unlabeled acyclic single-source automata", papers["0704.0004"].Title);

        var suffixed = papers["0704.0009"].Authors.Single(a => a.Family == "Evans");
        Assert.Equal("II", suffixed.Suffix);
        Assert.Equal("Neal J. Evans II", suffixed.Name);
    }

    [Fact]
    public void A_bad_line_in_the_middle_is_reported_with_its_number_and_the_rest_imports()
    {
        var lines = CorpusLines();
        lines[39] = "{\"id\":\"0704.0041\",\"title\":\"cut off";
        var items = Corpus.ImportText(new KaggleSnapshotImporter(), string.Join('\n', lines), "snapshot.jsonl");
        Assert.Equal(84, items.Papers().Count);
        var problem = Assert.Single(items.Problems());
        Assert.Equal(40, problem.Line);
        Assert.Equal("snapshot.jsonl", problem.File);
    }

    [Fact]
    public void Invalid_utf8_spoils_only_its_own_line()
    {
        var lines = CorpusLines().Select(Encoding.UTF8.GetBytes).ToList();
        var broken = lines[9];
        var at = Encoding.ASCII.GetString(broken).IndexOf("\"title\":\"", StringComparison.Ordinal) + 10;
        broken[at] = 0xC3;
        broken[at + 1] = 0x28;
        var bytes = lines.SelectMany((l, i) => i == 0 ? l : [(byte)'\n', .. l]).ToArray();
        var items = Corpus.ImportBytes(new KaggleSnapshotImporter(), bytes);
        Assert.Equal(84, items.Papers().Count);
        Assert.Equal(10, Assert.Single(items.Problems()).Line);
    }

    [Fact]
    public void A_truncated_file_loses_only_its_last_record()
    {
        var text = File.ReadAllText(Corpus.PathOf(File85));
        var items = Corpus.ImportText(new KaggleSnapshotImporter(), text[..(text.Length - 300)]);
        Assert.Equal(84, items.Papers().Count);
        Assert.Equal(85, Assert.Single(items.Problems()).Line);
    }

    [Theory]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"title\":\"No id\"}", "record has no id")]
    [InlineData("{\"id\":\"abc\",\"title\":\"x\"}", "'abc' is not an arXiv id")]
    [InlineData("{\"id\":\"0704.0002\",\"title\":\"  \"}", "0704.0002: record has no title")]
    [InlineData("{\"id\":\"0704.0002\",\"title\":\"x\"} trailing", "malformed JSON")]
    public void Records_that_are_not_papers(string line, string message)
    {
        var problem = Assert.Single(Corpus.ImportText(new KaggleSnapshotImporter(), "\r\n" + line + "\r\n\r\n"));
        Assert.StartsWith(message, problem.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Problem.Line);
    }

    [Fact]
    public void Without_authors_parsed_the_plain_author_list_is_split()
    {
        const string line = """{"id":"0704.0001","title":"T","authors":"C. Bal\\'azs, E. L. Berger and {The LSST Collaboration}","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}]}""";
        var paper = Assert.Single(Corpus.ImportText(new KaggleSnapshotImporter(), line).Papers());
        Assert.Equal(["C. Bal\\'azs", "E. L. Berger", "{The LSST Collaboration}"], paper.Authors.Select(a => a.Name));
        Assert.Equal("Berger", paper.Authors[1].Family);
        Assert.Equal(new DateOnly(2007, 4, 2), paper.Published);
        Assert.Equal(1, paper.LatestVersion);
    }

    [Theory]
    [InlineData("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02")]
    [InlineData("Sat, 31 Mar 2007 02:26:18 GMT", "2007-03-31")]
    [InlineData("Tue, 29 Feb 2000 00:00:00 GMT", "2000-02-29")]
    [InlineData("Thu, 30 Feb 2023 00:00:00 GMT", null)]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    public void Version_dates(string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.ParseExact(expected, "yyyy-MM-dd"), ArxivDates.ParseRfc1123Date(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Cancellation_stops_the_import()
    {
        using var cts = new CancellationTokenSource();
        using var stream = new GeneratedSnapshotStream(10_000);
        var read = 0;
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in new KaggleSnapshotImporter().Read(stream, ImportOrigin.Now("gen"), cts.Token))
                if (++read == 100) cts.Cancel();
        });
        Assert.Equal(100, read);
    }

    [Fact]
    [Trait("category", "benchmark")]
    public void Parses_a_generated_snapshot_quickly()
    {
        const int count = 50_000;
        var bytes = new MemoryStream();
        using (var generated = new GeneratedSnapshotStream(count)) generated.CopyTo(bytes);
        // Two warm-up passes let tiered JIT reach its optimised code, as it does early in a 2.8 M-line real import.
        for (var pass = 0; pass < 2; pass++)
        {
            bytes.Position = 0;
            _ = new KaggleSnapshotImporter().Read(bytes, ImportOrigin.Now("warm")).Count();
        }

        bytes.Position = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var papers = 0;
        foreach (var item in new KaggleSnapshotImporter().Read(bytes, ImportOrigin.Now("generated")))
            if (item.Paper is not null) papers++;
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        // CPU time, not wall time: the shared machine's load would otherwise decide the result.
        var rate = count / cpu.TotalSeconds;
        output.WriteLine($"{count} records ({bytes.Length / 1_000_000} MB): {cpu.TotalMilliseconds:N0} ms CPU, {watch.ElapsedMilliseconds:N0} ms wall: {rate:N0} records/s per core");
        Assert.Equal(count, papers);
        Assert.True(rate > 20_000, $"{rate:N0} records/s");
    }
}
