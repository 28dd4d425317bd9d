using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Markdown;

public class MarkdownScannerTests
{
    private static DocumentSemantics Analyze(string text) => DocumentAnalyzer.Analyze(text, DocumentLanguage.Markdown);

    private static List<string> Ids(string text) =>
        Analyze(text).ArxivReferences.Select(r => $"{r.Id} |{text.Substring(r.Span.Start, r.Span.Length)}|").ToList();

    private static List<string> Keys(string text) =>
        Analyze(text).Citations.Select(c => text.Substring(c.Span.Start, c.Span.Length) == c.Key ? c.Key : $"SPAN MISMATCH {c.Key}").ToList();

    [Theory]
    [InlineData("Text arXiv:2410.15661 here.", "2410.15661 |arXiv:2410.15661|")]
    [InlineData("[paper](https://arxiv.org/abs/2410.15661)", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("[paper](<https://arxiv.org/abs/2410.15661>)", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("[paper](https://arxiv.org/abs/2410.15661 \"title\")", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("<https://arxiv.org/pdf/2410.15661v2.pdf>", "2410.15661v2 |https://arxiv.org/pdf/2410.15661v2.pdf|")]
    [InlineData("raw https://arxiv.org/abs/2410.15661, then", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("*emphasised arXiv:2410.15661*", "2410.15661 |arXiv:2410.15661|")]
    [InlineData("**2410.15661**", "2410.15661 |2410.15661|")]
    [InlineData("_arXiv:2410.15661_", "2410.15661 |arXiv:2410.15661|")]
    [InlineData("__2410.15661__", "2410.15661 |2410.15661|")]
    [InlineData("_https://arxiv.org/abs/2410.15661_", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("# Heading 2410.15661", "2410.15661 |2410.15661|")]
    [InlineData("> quoted hep-th/9711200", "hep-th/9711200 |hep-th/9711200|")]
    [InlineData("- item <a href=\"https://arxiv.org/abs/2410.15661\">x</a>", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("<div>\n<a href='https://arxiv.org/abs/2410.15661'>x</a>\n</div>", "2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData("<p>see arXiv:2410.15661</p>", "2410.15661 |arXiv:2410.15661|")]
    [InlineData("![figure](https://arxiv.org/html/2410.15661v1/x1.png)", "2410.15661v1 |https://arxiv.org/html/2410.15661v1/x1.png|")]
    public void Finds_references_in_every_markdown_place(string text, string expected) => Assert.Equal([expected], Ids(text));

    [Theory]
    [InlineData("`arXiv:2410.15661`")]
    [InlineData("``code `2410.15661` more``")]
    [InlineData("```\narXiv:2410.15661\n```")]
    [InlineData("~~~python\nurl = 'https://arxiv.org/abs/2410.15661'\n~~~")]
    [InlineData("para\n\n    indented https://arxiv.org/abs/2410.15661\n")]
    [InlineData("<!-- arXiv:2410.15661 -->")]
    [InlineData("version 1.2345 and v2.1001")]
    public void Finds_nothing_in_code_or_non_references(string text) => Assert.Empty(Ids(text));

    [Theory]
    [InlineData("[x](https://arxiv.org/abs/2413.12345)", "https://arxiv.org/abs/2413.12345", "month 13 does not exist")]
    [InlineData("see arXiv:2410.123456.", "arXiv:2410.123456", "ids from 2024 have 5 digits after the dot, not 6")]
    [InlineData("<https://huggingface.co/papers/foo-th/9901001>", "https://huggingface.co/papers/foo-th/9901001", "'foo-th' is not an arXiv archive")]
    public void Reports_malformed_explicit_references(string text, string surface, string problem)
    {
        var semantics = Analyze(text);
        Assert.Empty(semantics.ArxivReferences);
        var malformed = Assert.Single(semantics.MalformedArxivReferences);
        Assert.Equal(surface, text.Substring(malformed.Span.Start, malformed.Span.Length));
        Assert.Equal(problem, malformed.Problem);
    }

    [Fact]
    public void Reference_definitions_are_links_and_references()
    {
        const string text = "See [the paper][p].\n\n[p]: https://arxiv.org/abs/1706.03762v5 \"Attention\"\n";
        var semantics = Analyze(text);
        var reference = Assert.Single(semantics.ArxivReferences);
        Assert.Equal("https://arxiv.org/abs/1706.03762v5", text.Substring(reference.Span.Start, reference.Span.Length));
        var link = Assert.Single(semantics.Links);
        Assert.Equal("https://arxiv.org/abs/1706.03762v5", link.Target);
        Assert.Equal(reference.Span, link.Span);
    }

    [Fact]
    public void Links_carry_the_destination_span()
    {
        const string text = "[a](https://example.com/x) <https://example.org> and <a href=#top>top</a>, raw http://x.org/a_(b). (see https://y.org/z)";
        var links = Analyze(text).Links;
        Assert.Equal(["https://example.com/x", "https://example.org", "#top", "http://x.org/a_(b)", "https://y.org/z"], links.Select(l => l.Target));
        Assert.All(links, l => Assert.Equal(l.Target, text.Substring(l.Span.Start, l.Span.Length)));
    }

    [Theory]
    [InlineData("[@smith04]", new[] { "smith04" })]
    [InlineData("[see @a, p. 3; @b]", new[] { "a", "b" })]
    [InlineData("@doe99 says so.", new[] { "doe99" })]
    [InlineData("As [-@doe99] shows", new[] { "doe99" })]
    [InlineData("@{Foo Bar 2020}", new[] { "Foo Bar 2020" })]
    [InlineData("see @doe:2020.", new[] { "doe:2020" })]
    [InlineData("(@a.b.c),", new[] { "a.b.c" })]
    [InlineData("@doe--x", new[] { "doe" })]
    [InlineData("@_under_score", new[] { "_under_score" })]
    [InlineData("@Müller2020 and @123", new[] { "Müller2020", "123" })]
    [InlineData("[@a; @b; @c]", new[] { "a", "b", "c" })]
    [InlineData("@key?", new[] { "key" })]
    [InlineData("@url/with/slash", new[] { "url/with/slash" })]
    [InlineData("mail me@example.com", new string[0])]
    [InlineData("pass@1 and Recall@5", new string[0])]
    [InlineData("`@code` and ```@more```", new string[0])]
    [InlineData("```\n@fenced\n```", new string[0])]
    [InlineData("\\@escaped", new string[0])]
    [InlineData("@ alone, @{}, @.dot", new string[0])]
    public void Finds_pandoc_citations(string text, string[] expected) => Assert.Equal(expected, Keys(text));

    [Fact]
    public void Front_matter_values_and_bibliographies()
    {
        const string text = "---\ntitle: x\nsummary: Notes on [p](https://arxiv.org/abs/2211.06687)\nbibliography:\n  - refs.bib\n  - \"other refs.bib\"\n---\n\nBody 1706.03762\n";
        var semantics = Analyze(text);
        Assert.Equal(["2211.06687", "1706.03762"], semantics.ArxivReferences.Select(r => r.Id.Id));
        Assert.Equal(["refs.bib", "other refs.bib"], semantics.Bibliographies.Select(b => b.Path));
        Assert.All(semantics.Bibliographies, b => Assert.Equal(b.Path, text.Substring(b.Span.Start, b.Span.Length)));
    }

    [Theory]
    [InlineData("---\nbibliography: refs.bib\n---\n", new[] { "refs.bib" })]
    [InlineData("---\nbibliography: 'my refs.bib' # main\n---\n", new[] { "my refs.bib" })]
    [InlineData("---\nbibliography: [a.bib, b.bib]\n---\n", new[] { "a.bib", "b.bib" })]
    [InlineData("---\nbibliography:\n- a.bib\ntitle: t\n- not.bib\n---\n", new[] { "a.bib" })]
    public void Bibliography_field_shapes(string text, string[] expected) =>
        Assert.Equal(expected, Analyze(text).Bibliographies.Select(b => b.Path));

    [Theory]
    [InlineData("---\nnocite: |\n  @item1, @item2\n  @{braced key}\ntitle: t @x\n---\n", new[] { "item1", "item2", "braced key" }, false)]
    [InlineData("---\nnocite: \"@a; @b\"\n---\nBody [@c]\n", new[] { "a", "b", "c" }, false)]
    [InlineData("---\nnocite: >\n  @*\n---\n", new string[0], true)]
    [InlineData("---\nnocite: '@*'\n---\n", new string[0], true)]
    [InlineData("---\nnotes: write to x@*\n---\n", new string[0], false)]
    public void Pandoc_nocite_cites_keys_or_everything(string text, string[] keys, bool everything)
    {
        var semantics = Analyze(text);
        Assert.Equal(keys, semantics.Citations.Select(c => c.Key));
        Assert.All(semantics.Citations.Where(c => c.Key != "c"), c => Assert.Equal("nocite", c.Command));
        Assert.All(semantics.Citations, c => Assert.Equal(c.Key, text.Substring(c.Span.Start, c.Span.Length)));
        Assert.Equal(everything, semantics.CitesEverything);
    }

    [Fact]
    public void Spans_are_exact_utf16_offsets_with_crlf_emoji_and_cjk()
    {
        const string text = "# 論文 📄\r\n\r\n論文は arXiv:2410.15661 です 😀 [@鈴木2020]\r\n\r\n- 🎉 [リンク](https://arxiv.org/abs/1706.03762v2)\r\n";
        var semantics = Analyze(text);
        var lines = new LineIndex(text);
        Assert.Collection(semantics.ArxivReferences,
            r =>
            {
                Assert.Equal("arXiv:2410.15661", text.Substring(r.Span.Start, r.Span.Length));
                Assert.Equal(new LinePosition(2, 4), lines.GetPosition(r.Span.Start));
            },
            r =>
            {
                Assert.Equal("https://arxiv.org/abs/1706.03762v2", text.Substring(r.Span.Start, r.Span.Length));
                Assert.Equal("1706.03762v2", text.Substring(r.IdSpan.Start, r.IdSpan.Length));
                Assert.Equal(new LinePosition(4, 11), lines.GetPosition(r.Span.Start));
            });
        var citation = Assert.Single(semantics.Citations);
        Assert.Equal("鈴木2020", citation.Key);
        Assert.Equal(citation.Key, text.Substring(citation.Span.Start, citation.Span.Length));
    }
}
