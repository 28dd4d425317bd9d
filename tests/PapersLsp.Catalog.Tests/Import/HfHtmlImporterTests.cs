using PapersLsp.Catalog.Import.HfHtml;

namespace PapersLsp.Catalog.Tests.Import;

/// <summary>The HTML fixtures are hand-written (see their header comments); the corpus has no captured HF pages.</summary>
public class HfHtmlImporterTests
{
    private static string Fixture(string name) =>
        Path.Combine(Corpus.Root, "..", "PapersLsp.Catalog.Tests", "Import", "Fixtures", name);

    private static List<Catalog.Import.ImportItem> Import(string name)
    {
        using var stream = File.OpenRead(Fixture(name));
        return [.. new HfHtmlImporter().Read(stream, Catalog.Import.ImportOrigin.Now(name))];
    }

    [Fact]
    public void A_listing_gives_the_props_papers_then_the_cards_the_props_lack()
    {
        var items = Import("hf-daily-papers-listing.html");
        Assert.Empty(items.Problems());
        var papers = items.Papers();
        Assert.Equal(["2410.17243", "2410.16251", "2410.18533", "2410.18693"], papers.Select(p => p.Key));

        var first = papers[0];
        Assert.Equal("Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss", first.Title);
        Assert.Equal(9, first.Authors.Count);
        Assert.Equal("Zesen Cheng", first.Authors[0].Name);
        Assert.Equal(new DateOnly(2024, 10, 22), first.Published);
        Assert.EndsWith("The code will be made publicly available.", first.Abstract, StringComparison.Ordinal);

        // Only in the markup: title from the card, nothing invented.
        var cardOnly = papers[3];
        Assert.Equal("Unleashing Reasoning Capability of LLMs via Scalable Question Synthesis from Scratch", cardOnly.Title);
        Assert.Null(cardOnly.Abstract);
        Assert.Empty(cardOnly.Authors);
    }

    [Fact]
    public void A_paper_page_gives_its_paper_once()
    {
        var items = Import("hf-paper-page.html");
        var paper = Assert.Single(items.Papers());
        Assert.Empty(items.Problems());
        Assert.Equal("2410.16251", paper.Key);
        Assert.Equal("Can Knowledge Editing Really Correct Hallucinations?", paper.Title);
        Assert.Equal(5, paper.Authors.Count);
    }

    [Fact]
    public void Broken_props_are_reported_and_the_markup_still_gives_the_paper()
    {
        var items = Import("hf-paper-page-broken-props.html");
        var problem = Assert.Single(items.Problems());
        Assert.StartsWith("data-props is not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
        var paper = Assert.Single(items.Papers());
        Assert.Equal("2410.16251", paper.Key);
        Assert.Equal("Can Knowledge Editing Really Correct Hallucinations?", paper.Title);
        Assert.StartsWith("Large Language Models (LLMs) suffer from hallucinations", paper.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_papers_gives_nothing_and_no_error() => Assert.Empty(Import("hf-no-papers.html"));

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><h3><a href=\"/papers/not-an-id\">x</a></h3>")]
    [InlineData("\u0000\u0001 binary \uFFFD junk <<<>>>")]
    public void Junk_is_not_an_error(string html) => Assert.Empty(Corpus.ImportText(new HfHtmlImporter(), html));

    [Theory]
    [InlineData("/papers/2410.17243", "2410.17243")]
    [InlineData("https://huggingface.co/papers/2410.17243#community", "2410.17243")]
    [InlineData("/papers/2410.17243?x=1", "2410.17243")]
    [InlineData("https://example.org/papers/2410.17243", null)]
    [InlineData("/papers", null)]
    [InlineData("/papers/date/2024-10-25", null)]
    public void Paper_links(string href, string? id) => Assert.Equal(id, HfHtmlImporter.PaperIdFromHref(href)?.Id);
}
