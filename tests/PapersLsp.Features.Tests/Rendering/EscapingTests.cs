using PapersLsp.Core.Catalog;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Tests.Rendering;

/// <summary>Catalog text comes from web pages, feeds and .bib files: nothing in it may become live Markdown or HTML.</summary>
public sealed class EscapingTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("![img](http://evil.example/x.png)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[run](command:workbench.action.terminal.new)")]
    [InlineData("# Heading\n\n* list")]
    [InlineData("`code` and ``more``")]
    [InlineData("&lt;b&gt; entity")]
    public void Hostile_titles_and_abstracts_render_as_literal_text(string hostile)
    {
        var paper = new PaperRecord { Key = "x", Title = hostile, Abstract = hostile, Authors = [new PaperAuthor(hostile)] };
        var markdown = PaperMarkdown.Render(paper);
        Assert.DoesNotContain("](", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n#", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("![", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)`", markdown);
    }

    [Fact]
    public void Links_are_only_the_ones_PapersLsp_builds()
    {
        Assert.Equal("command\\:x", MarkdownText.Link("command:x", "command:workbench.action"));
        Assert.Equal("[PDF](https://arxiv.org/pdf/1706.03762%28x%29)", MarkdownText.Link("PDF", "https://arxiv.org/pdf/1706.03762(x)"));
    }

    [Theory]
    [InlineData("Schr\\\"odinger", "Schrödinger")]
    [InlineData("Andr{\\'e} and G\\\"{o}del", "André and Gödel")]
    [InlineData("\\emph{Deep} \\textbf{nets}", "Deep nets")]
    [InlineData("{BERT}: Pre-training", "BERT: Pre-training")]
    [InlineData("pages 10--20 --- done", "pages 10–20 — done")]
    [InlineData("$\\alpha$-divergence {\\`a} la carte", "$\\alpha$-divergence à la carte")]
    [InlineData("Ma{\\l}gorzata {\\ss}", "Małgorzata ß")]
    public void Latex_is_made_readable_and_math_is_kept(string latex, string readable) =>
        Assert.Equal(readable, LatexText.ToReadable(latex));
}
