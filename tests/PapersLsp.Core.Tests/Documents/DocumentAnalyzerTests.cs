using CsCheck;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Documents;

public class DocumentAnalyzerTests
{
    [Fact]
    public void Plain_text_finds_arxiv_references_only()
    {
        const string text = "See arXiv:2410.15661 and @key and \\cite{x}.";
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.PlainText);
        Assert.Equal("2410.15661", Assert.Single(semantics.ArxivReferences).Id.Id);
        Assert.Empty(semantics.Citations);
    }

    [Fact]
    public void Bibtex_documents_carry_the_bib_parse_and_no_text_scan()
    {
        const string text = "@misc{k, eprint = {2410.15661}}";
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.Bibtex);
        Assert.Equal(PapersLsp.Core.Bibtex.BibParser.Parse(text).Entries.Count, semantics.Bib.Entries.Count);
        Assert.Empty(semantics.Citations);
    }

    [Fact]
    public void Arrays_are_ordered_by_position_across_recognisers()
    {
        // Front matter is scanned after the body's inlines; the result is still in document order.
        const string text = "---\nurl: https://arxiv.org/abs/2211.06687\n---\n\n[@a] 1706.03762 <a href=\"https://arxiv.org/abs/1810.04805\">x</a> [@b]\n";
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.Markdown);
        Assert.Equal(["2211.06687", "1706.03762", "1810.04805"], semantics.ArxivReferences.Select(r => r.Id.Id));
        Assert.Equal(["a", "b"], semantics.Citations.Select(c => c.Key));
    }

    private static readonly Gen<string> Fragments = Gen.OneOf<string>(
        "arXiv:", "2410.15661", "v2", "https://arxiv.org/abs/", "hep-th/", "9901001", "10.48550/arXiv.", ".pdf", "?x=1",
        "@", "[", "]", "{", "}", "\\cite", "\\begin{verbatim}", "\\end{verbatim}", "\\verb|", "%", "`", "```", "\n", "\r\n",
        " ", "-", ".", ",", ";", "<a href=\"", "\">", "---\n", "bibliography: ", "- ", "😀", "論文", "\\url{", "\\href{", "(", ")", "*", "_");

    [Fact]
    public void Any_input_gives_ordered_ranges_inside_the_text_and_never_throws()
    {
        Fragments.Array[0, 60].Select(parts => string.Concat(parts))
            .Sample(text =>
            {
                foreach (var language in new[] { DocumentLanguage.Markdown, DocumentLanguage.Latex, DocumentLanguage.PlainText })
                {
                    var s = DocumentAnalyzer.Analyze(text, language);
                    AssertInside(text, s.ArxivReferences.Select(r => r.Span));
                    AssertInside(text, s.ArxivReferences.Select(r => r.IdSpan));
                    AssertInside(text, s.MalformedArxivReferences.Select(r => r.Span));
                    AssertInside(text, s.Citations.Select(r => r.Span));
                    AssertInside(text, s.Bibliographies.Select(r => r.Span));
                    AssertInside(text, s.Links.Select(r => r.Span));
                }
            }, iter: 3_000);
    }

    private static void AssertInside(string text, IEnumerable<TextSpan> spans)
    {
        var previous = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{span} outside {text.Length}");
            Assert.True(span.Start >= previous, $"{span} out of order");
            previous = span.Start;
        }
    }
}
