using Seeds = PapersLsp.Catalog.DefaultCatalog.DefaultCatalog;
using PapersLsp.Catalog.Import.HfText;

namespace PapersLsp.Catalog.Tests.Import;

public class HfTextImporterTests
{
    // Counted independently from the TSV's seed_file column and by hand from the files' line shapes.
    [Theory]
    [InlineData("000_61e654045a970786.txt", 81)]
    [InlineData("001_807e2619a8b8fbba.txt", 184)]
    [InlineData("002_8e24676276cec845.txt", 120)]
    [InlineData("003_5202bf2599d36698.txt", 87)]
    [InlineData("004_7b38d429c145bf2e.txt", 80)]
    public void Every_seed_dump_yields_its_papers_each_with_an_abstract(string file, int count)
    {
        using var reader = Seeds.OpenSeedFile(file);
        var papers = HfTextDump.Read(reader).ToList();
        Assert.Equal(count, papers.Count);
        Assert.All(papers, p => Assert.True(p.Abstract is { Length: > 300 }, $"line {p.Line}: {p.Title}"));
        Assert.All(papers, p => Assert.True(p.Title.Length < 300 && !p.Title.StartsWith("Subscribe", StringComparison.Ordinal), p.Title));
    }

    [Theory]
    [InlineData("000_61e654045a970786.txt")]
    [InlineData("001_807e2619a8b8fbba.txt")]
    [InlineData("002_8e24676276cec845.txt")]
    [InlineData("003_5202bf2599d36698.txt")]
    [InlineData("004_7b38d429c145bf2e.txt")]
    public void The_titles_are_exactly_those_the_catalog_tsv_lists_for_the_file(string file)
    {
        var tsv = Path.Combine(Corpus.Root, "..", "..", "src", "PapersLsp.Catalog", "DefaultCatalog", "seed-catalog.tsv");
        var expected = File.ReadLines(tsv).Skip(1).Select(l => l.Split('\t')).Where(c => c[5].Split(';').Contains(file)).Select(c => c[1]).Order(StringComparer.Ordinal);
        using var reader = Seeds.OpenSeedFile(file);
        Assert.Equal(expected, HfTextDump.Read(reader).Select(p => p.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_title_glued_to_Subscribe_is_recovered()
    {
        using var reader = Seeds.OpenSeedFile("001_807e2619a8b8fbba.txt");
        var first = HfTextDump.Read(reader).First();
        Assert.Equal("Collaborative Development of NLP models", first.Title);
        Assert.Equal(3, first.Line);
        Assert.StartsWith("Despite substantial advancements", first.Abstract);
    }

    [Fact]
    public void Card_footers_give_author_count_date_and_submitter()
    {
        using var reader = Seeds.OpenSeedFile("003_5202bf2599d36698.txt");
        var papers = HfTextDump.Read(reader).ToDictionary(p => p.Title);

        var first = papers["Learning Rates as a Function of Batch Size: A Random Matrix Theory Approach to Neural Network Training"];
        Assert.Equal(3, first.AuthorCount);
        Assert.Equal(new DateOnly(2020, 6, 16), first.Date);

        var upvoted = papers["MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer Using Rank-1 Updates"];
        Assert.Equal(4, upvoted.AuthorCount);
        Assert.Equal(new DateOnly(2023, 6, 2), upvoted.Date);
        Assert.Equal("Jun 2, 2023 2", upvoted.DateText);

        var yearless = papers["Estimating the Effects of Sample Training Orders for Large Language Models without Retraining"];
        Assert.Equal("May 28", yearless.DateText);
        Assert.Null(yearless.Date);

        var organisation = papers["Extracting alignment data in open models"];
        Assert.Equal("google Google", organisation.Submitter);
        Assert.Null(organisation.AuthorCount);
        Assert.Equal("Oct 21 3", organisation.DateText);

        Assert.DoesNotContain("google Google", papers.Keys);
        // "Skill-Targeted Adaptive Training" is the one card of this page without a footer.
        Assert.Equal(86, papers.Values.Count(p => p.DateText is not null));
        Assert.Null(papers["Skill-Targeted Adaptive Training"].DateText);
    }

    [Theory]
    [InlineData("  • 3 authors", 3)]
    [InlineData("• 1 author", 1)]
    [InlineData("  • 38 authors", 38)]
    [InlineData("• authors", null)]
    [InlineData("3 authors", null)]
    [InlineData("• 3 authors of note", null)]
    public void Author_count_lines(string line, int? expected) => Assert.Equal(expected, HfCardLine.AuthorCount(line));

    [Theory]
    [InlineData("Mar 14", true, null)]
    [InlineData("Jun 16, 2020", true, "2020-06-16")]
    [InlineData("Dec 24, 2022 1", true, "2022-12-24")]
    [InlineData("Oct 21 3", true, null)]
    [InlineData("Feb 30, 2023", true, null)]
    [InlineData("May 7", true, null)]
    [InlineData("Mayday 7", false, null)]
    [InlineData("Layer Normalization", false, null)]
    [InlineData("Jun 2023", false, null)]
    [InlineData("Jun 16, 20", false, null)]
    public void Date_lines(string line, bool isDate, string? date)
    {
        Assert.Equal(isDate, HfCardLine.IsDate(line, out var parsed));
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Fact]
    public void Importer_keys_papers_by_title_and_tolerates_bad_bytes()
    {
        var bytes = "Subscribe\n\nA Title\n\nAn abstract with a bad byte \u0001 "u8.ToArray().Concat(new byte[] { 0xFF, 0xFE }).Concat("here.\n\nSecond Title\n"u8.ToArray()).ToArray();
        var items = Corpus.ImportBytes(new HfTextImporter(), bytes);
        var papers = items.Papers();
        Assert.Equal(["A Title", "Second Title"], papers.Select(p => p.Title));
        Assert.Equal(Core.Catalog.PaperRecord.TitleKey("A Title"), papers[0].Key);
        Assert.Contains("\uFFFD", papers[0].Abstract, StringComparison.Ordinal);
        Assert.Null(papers[1].Abstract);
        Assert.Empty(items.Problems());
    }

    [Fact]
    public void An_empty_dump_has_no_papers() => Assert.Empty(Corpus.ImportText(new HfTextImporter(), "new\n\nSubscribe\n\n"));
}
