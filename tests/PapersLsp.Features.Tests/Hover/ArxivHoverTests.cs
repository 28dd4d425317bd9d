using PapersLsp.Features.Hover;
using PapersLsp.Features.Tests.Fixtures;

namespace PapersLsp.Features.Tests.Hover;

public sealed class ArxivHoverTests
{
    private const string Catalog = """
        %! catalog.jsonl
        {"id":"1706.03762","title":"Attention Is All You Need","authors":["Ashish Vaswani","Noam Shazeer"],"abstract":"The dominant sequence   transduction models are based on \\emph{complex} recurrent networks with $O(n^2)$ cost.","published":"2017-06-12","category":"cs.CL","version":7}
        {"id":"2410.15661","title":"Scalable Data Ablation Approximations","authors":["A1","A2","A3","A4","A5","A6","A7","A8","A9","A10"],"abstract":"Training data compositions."}
        """;

    [Fact]
    public void Hover_shows_title_authors_dates_category_abstract_and_links_over_the_reference_range()
    {
        var f = Fixture.Parse("""
            %! notes.md
            See arXiv:1706.03762v1 for details.
                        |
                ^^^^^^^^^^^^^^^^^^
            """ + "\n" + Catalog);
        var hover = ArxivHover.Create(f.Current, f.Cursor, f.Catalog)!;
        Assert.Equal(f.Expected, hover.Span);
        Assert.StartsWith("### Attention Is All You Need", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Ashish Vaswani, Noam Shazeer", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Submitted 2017-06-12", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Cited version v1 is older than the latest, v7", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("**cs\\.CL**", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("The dominant sequence transduction models are based on complex recurrent networks with \\$O\\(n^2\\)", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("[Abstract](https://arxiv.org/abs/1706.03762v1)", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("[PDF](https://arxiv.org/pdf/1706.03762v1)", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("[Hugging Face](https://huggingface.co/papers/1706.03762)", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_author_lists_show_the_first_six_and_the_last_with_the_count()
    {
        var f = Fixture.Parse("""
            %! notes.md
            https://arxiv.org/pdf/2410.15661v2.pdf
                      |
            """ + "\n" + Catalog);
        var hover = ArxivHover.Create(f.Current, f.Cursor, f.Catalog)!;
        Assert.Contains("A1, A2, A3, A4, A5, A6, …, A10 (10 authors)", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_valid_id_says_so_and_how_to_get_it()
    {
        var f = Fixture.Parse("""
            %! notes.md
            old one: hep-th/9901001
                          |
            """ + "\n" + Catalog);
        var hover = ArxivHover.Create(f.Current, f.Cursor, f.Catalog)!;
        Assert.Contains("valid arXiv id that is not in the paper catalog", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("https://arxiv.org/abs/hep-th/9901001", hover.Markdown, StringComparison.Ordinal);
        var pending = ArxivHover.Create(f.Current, f.Cursor, f.Catalog, _ => true)!;
        Assert.Contains("being fetched", pending.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hover_away_from_references()
    {
        var f = Fixture.Parse("""
            %! notes.md
            Plain words 1.2345 and v2.1001 here.
                          |
            """ + "\n" + Catalog);
        Assert.Null(ArxivHover.Create(f.Current, f.Cursor, f.Catalog));
    }
}
