using PapersLsp.Core.Documents;
using PapersLsp.Core.Markdown;
using PapersLsp.Core.Tests.Documents;

namespace PapersLsp.Core.Tests.Markdown;

/// <summary>
/// Blocks too bracket-heavy for Markdig's inline parsers are scanned by a linear scanner instead. Forcing that
/// scanner on every block (budget -1) must find exactly what Markdig finds (budget unlimited), on small cases of
/// each construct and on every real Markdown file of the corpus.
/// </summary>
public class LinearInlineScannerTests
{
    private const long EveryBlock = -1;
    private const long NoBlock = long.MaxValue;

    private static DocumentSemantics Scan(string text, long maxBracketWork)
    {
        var sink = new SemanticsBuilder();
        MarkdownScanner.Scan(text, sink, maxBracketWork);
        return sink.Build();
    }

    private static void AssertSame(DocumentSemantics expected, DocumentSemantics actual)
    {
        Assert.Equal(expected.ArxivReferences.Select(Describe), actual.ArxivReferences.Select(Describe));
        Assert.Equal(expected.MalformedArxivReferences.Select(m => m.ToString()), actual.MalformedArxivReferences.Select(m => m.ToString()));
        // ImmutableArray compares by reference: compare the elements.
        Assert.Equal(expected.Citations.ToArray(), actual.Citations.ToArray());
        Assert.Equal(expected.Links.ToArray(), actual.Links.ToArray());
    }

    private static string Describe(PapersLsp.Core.Arxiv.ArxivReference r) => $"{r.Span} {r.IdSpan} {r.Id} {r.Surface}";

    [Theory]
    [InlineData("Text arXiv:2410.15661 and [@key; @other, p. 3] here.")]
    [InlineData("[paper](https://arxiv.org/abs/2410.15661) and ![fig](https://arxiv.org/html/2410.15661v1/x1.png)")]
    [InlineData("[paper](<https://arxiv.org/abs/2410.15661>) [t](https://arxiv.org/abs/2401.00001 \"title\")")]
    [InlineData("[wiki](https://en.wikipedia.org/wiki/X_(y)) then arXiv:2410.15661")]
    [InlineData("[doi](https://doi.org/10.1007/978-3-030-29135-8\\_9)")]
    [InlineData("<https://arxiv.org/pdf/2410.15661v2.pdf> and <mail@example.org> and raw https://arxiv.org/abs/2401.00001.")]
    [InlineData("see `arXiv:2410.15661` and ``a `2401.00001` b`` but 2402.00002")]
    [InlineData("a code span ``over\ntwo lines 2410.15661`` then 2401.00001")]
    [InlineData("an unclosed ` backtick 2410.15661 and `` another 2401.00001")]
    [InlineData("<a href=\"https://arxiv.org/abs/2410.15661\">x</a> and <span>2401.00001</span>")]
    [InlineData("# Heading [x](https://arxiv.org/abs/2410.15661) 2401.00001")]
    [InlineData("> quoted [x](https://arxiv.org/abs/2410.15661)\n> more hep-th/9711200 @key")]
    [InlineData("- item [x](https://arxiv.org/abs/2410.15661)\n  continued 2401.00001")]
    [InlineData("|a|b|\n|---|---|\n|**2026-05-13**|[2605.13741](http://arxiv.org/abs/2605.13741)|")]
    [InlineData("escaped \\[x](https://arxiv.org/abs/2410.15661) and \\`2401.00001\\`")]
    [InlineData("[a [b](http://c) d](http://e) [x] (http://a) [x]( http://a \"t\" ) [x](a b) 2410.15661")]
    [InlineData("[x]: http://r\n\n[y][x] 2410.15661 text](http://a) [x](http://a\"t\")")]
    [InlineData("[x](http://a) <!-- 2410.15661 --> <a\nhref=\"http://x/2410.15661\">y</a>")]
    [InlineData("e-mail a@b.org, pass@1 and -@key and @{key with spaces}")]
    public void The_linear_scanner_finds_what_Markdig_finds(string text)
    {
        var markdig = Scan(text, NoBlock);
        Assert.True(markdig.ArxivReferences.Length + markdig.Citations.Length + markdig.Links.Length > 0);
        AssertSame(markdig, Scan(text, EveryBlock));
    }

    [Theory]
    [InlineData("markdown/HEPML-LivingReview_README.md")]
    [InlineData("markdown/cv-arxiv-daily_README_SLAM-SFM.md")]
    [InlineData("markdown/dair-ai_ML-Papers-of-the-Week_README.md")]
    [InlineData("markdown/lextoumbourou-notes_clap-paper.md")]
    [InlineData("markdown/lextoumbourou-notes_vall-e-paper.md")]
    [InlineData("markdown/nlab_Juan-Maldacena.md")]
    public void The_linear_scanner_finds_what_Markdig_finds_in_the_corpus(string file)
    {
        var text = CorpusFiles.Read(file);
        AssertSame(Scan(text, NoBlock), Scan(text, EveryBlock));
    }

    [Fact]
    public void A_bracket_heavy_paragraph_still_yields_its_links_ids_and_citations()
    {
        var text = string.Concat(Enumerable.Repeat("[x](", 25_000))
            + " see [paper](https://arxiv.org/abs/2410.15661), [@key] and `arXiv:2401.00001`, then 2402.00002";
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.Markdown);
        Assert.Equal(["2410.15661", "2402.00002"], semantics.ArxivReferences.Select(r => r.Id.Id));
        Assert.Equal(["key"], semantics.Citations.Select(c => c.Key));
        Assert.Contains(semantics.Links, l => l.Target == "https://arxiv.org/abs/2410.15661");
    }
}
