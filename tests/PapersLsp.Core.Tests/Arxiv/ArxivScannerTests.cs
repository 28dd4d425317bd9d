using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Tests.Arxiv;

public class ArxivScannerTests
{
    /// <summary>Scans the text and renders each reference as "Surface id |surface text| idText".</summary>
    private static List<string> Found(string text, ArxivScanMode mode = ArxivScanMode.Prose)
    {
        var found = new List<ArxivReference>();
        ArxivScanner.Scan(text, 0, text.Length, found, null, mode);
        return found.Select(r => $"{r.Surface} {r.Id} |{text.Substring(r.Span.Start, r.Span.Length)}| {text.Substring(r.IdSpan.Start, r.IdSpan.Length)}").ToList();
    }

    private static List<string> Malformed(string text, ArxivScanMode mode = ArxivScanMode.Prose)
    {
        var found = new List<ArxivReference>();
        var malformed = new List<MalformedArxivReference>();
        ArxivScanner.Scan(text, 0, text.Length, found, malformed, mode);
        Assert.Empty(found);
        return malformed.Select(m => $"|{text.Substring(m.Span.Start, m.Span.Length)}| {m.Problem}").ToList();
    }

    [Theory]
    // bare ids, followed by punctuation or the end
    [InlineData("see 2410.15661 here", "Bare 2410.15661 |2410.15661| 2410.15661")]
    [InlineData("2410.15661v2", "Bare 2410.15661v2 |2410.15661v2| 2410.15661v2")]
    [InlineData("(2410.15661),", "Bare 2410.15661 |2410.15661| 2410.15661")]
    [InlineData("ids: 2410.15661.", "Bare 2410.15661 |2410.15661| 2410.15661")]
    [InlineData("\"2410.15661\";", "Bare 2410.15661 |2410.15661| 2410.15661")]
    [InlineData("[2410.15661]", "Bare 2410.15661 |2410.15661| 2410.15661")]
    [InlineData("'1412.6980':", "Bare 1412.6980 |1412.6980| 1412.6980")]
    [InlineData("0704.0001", "Bare 0704.0001 |0704.0001| 0704.0001")]
    [InlineData("2612.00001 from the future", "Bare 2612.00001 |2612.00001| 2612.00001")]
    [InlineData("hep-th/9711200", "Bare hep-th/9711200 |hep-th/9711200| hep-th/9711200")]
    [InlineData("math.GT/0309136v1.", "Bare math/0309136v1 |math.GT/0309136v1| math.GT/0309136v1")]
    [InlineData("cs.AI/0101001", "Bare cs/0101001 |cs.AI/0101001| cs.AI/0101001")]
    // prefixes, any case
    [InlineData("arXiv:2410.15661", "Prefixed 2410.15661 |arXiv:2410.15661| 2410.15661")]
    [InlineData("ARXIV:2410.15661v3,", "Prefixed 2410.15661v3 |ARXIV:2410.15661v3| 2410.15661v3")]
    [InlineData("arxiv 2410.15661", "Prefixed 2410.15661 |arxiv 2410.15661| 2410.15661")]
    [InlineData("arXiv: 2410.15661", "Prefixed 2410.15661 |arXiv: 2410.15661| 2410.15661")]
    [InlineData("[arXiv:1706.03762]", "Prefixed 1706.03762 |arXiv:1706.03762| 1706.03762")]
    [InlineData("arXiv:hep-th/9901001", "Prefixed hep-th/9901001 |arXiv:hep-th/9901001| hep-th/9901001")]
    [InlineData("arXiv preprint arXiv:1810.04805", "Prefixed 1810.04805 |arXiv:1810.04805| 1810.04805")]
    // URLs
    [InlineData("https://arxiv.org/abs/2410.15661", "Url 2410.15661 |https://arxiv.org/abs/2410.15661| 2410.15661")]
    [InlineData("http://arxiv.org/abs/2410.15661v2).", "Url 2410.15661v2 |http://arxiv.org/abs/2410.15661v2| 2410.15661v2")]
    [InlineData("https://arxiv.org/pdf/2410.15661v2.pdf", "Url 2410.15661v2 |https://arxiv.org/pdf/2410.15661v2.pdf| 2410.15661v2")]
    [InlineData("https://arxiv.org/pdf/2410.15661", "Url 2410.15661 |https://arxiv.org/pdf/2410.15661| 2410.15661")]
    [InlineData("https://www.arxiv.org/abs/2410.15661?context=cs#abstract.", "Url 2410.15661 |https://www.arxiv.org/abs/2410.15661?context=cs#abstract| 2410.15661")]
    [InlineData("https://export.arxiv.org/abs/2410.15661", "Url 2410.15661 |https://export.arxiv.org/abs/2410.15661| 2410.15661")]
    [InlineData("https://browse.arxiv.org/html/2410.15661v1/#S2", "Url 2410.15661v1 |https://browse.arxiv.org/html/2410.15661v1/#S2| 2410.15661v1")]
    [InlineData("https://arxiv.org/format/2410.15661", "Url 2410.15661 |https://arxiv.org/format/2410.15661| 2410.15661")]
    [InlineData("HTTPS://ArXiv.Org/Abs/2410.15661", "Url 2410.15661 |HTTPS://ArXiv.Org/Abs/2410.15661| 2410.15661")]
    [InlineData("arxiv.org/abs/2410.15661", "Url 2410.15661 |arxiv.org/abs/2410.15661| 2410.15661")]
    [InlineData("http://xxx.lanl.gov/abs/hep-th/9711200", "Url hep-th/9711200 |http://xxx.lanl.gov/abs/hep-th/9711200| hep-th/9711200")]
    [InlineData("http://front.math.ucdavis.edu/math.GT/0309136", "Url math/0309136 |http://front.math.ucdavis.edu/math.GT/0309136| math.GT/0309136")]
    [InlineData("https://ar5iv.org/html/2410.15661", "Url 2410.15661 |https://ar5iv.org/html/2410.15661| 2410.15661")]
    [InlineData("https://ar5iv.labs.arxiv.org/html/1706.03762", "Url 1706.03762 |https://ar5iv.labs.arxiv.org/html/1706.03762| 1706.03762")]
    [InlineData("https://huggingface.co/papers/2410.15661", "Url 2410.15661 |https://huggingface.co/papers/2410.15661| 2410.15661")]
    [InlineData("https://www.alphaxiv.org/abs/2410.15661", "Url 2410.15661 |https://www.alphaxiv.org/abs/2410.15661| 2410.15661")]
    // DOIs
    [InlineData("10.48550/arXiv.2410.15661", "Doi 2410.15661 |10.48550/arXiv.2410.15661| 2410.15661")]
    [InlineData("doi:10.48550/ARXIV.2410.15661", "Doi 2410.15661 |doi:10.48550/ARXIV.2410.15661| 2410.15661")]
    [InlineData("https://doi.org/10.48550/arXiv.2410.15661.", "Doi 2410.15661 |https://doi.org/10.48550/arXiv.2410.15661| 2410.15661")]
    [InlineData("http://dx.doi.org/10.48550/arXiv.1706.03762", "Doi 1706.03762 |http://dx.doi.org/10.48550/arXiv.1706.03762| 1706.03762")]
    public void Finds_every_surface_form(string text, string expected) => Assert.Equal([expected], Found(text));

    [Theory]
    [InlineData("version 1.2345 of the tool")]
    [InlineData("pip install foo==v2.1001")]
    [InlineData("pi is 3.14159")]
    [InlineData("on 2024.10.15 we met")]
    [InlineData("2024-10-15")]
    [InlineData("a2410.15661")]
    [InlineData("2410.156612")]
    [InlineData("2410.15661x")]
    [InlineData("12410.15661")]
    [InlineData("2410.15661.3")]
    [InlineData("1.2410.15661")]
    [InlineData("2413.12345 has no month 13")]
    [InlineData("2410.123456 has six digits")]
    [InlineData("1412.12345 has five digits before 2015")]
    [InlineData("0612.1234 is before new-style ids")]
    [InlineData("https://github.com/x/2410.15661")]
    [InlineData("https://example.com/?id=2410.15661")]
    [InlineData("foo-th/9901001")]
    [InlineData("hep-th/9901001x")]
    [InlineData("arXiv 2023 was a good year")]
    [InlineData("https://arxiv.org/list/cs.AI/recent")]
    [InlineData("notarxiv.org/abs/2410.15661x")]
    [InlineData("2017arXiv170301234B")]
    public void Finds_nothing_in_non_references(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("arXiv:2413.12345", "|arXiv:2413.12345| month 13 does not exist")]
    [InlineData("arXiv:2410.123456", "|arXiv:2410.123456| ids from 2024 have 5 digits after the dot, not 6")]
    [InlineData("arXiv:foo-th/9901001", "|arXiv:foo-th/9901001| 'foo-th' is not an arXiv archive")]
    [InlineData("arXiv:2410.15661x", "|arXiv:2410.15661x| not an arXiv identifier")]
    [InlineData("arXiv:12345", "|arXiv:12345| not an arXiv identifier")]
    [InlineData("arxiv 2413.12345", "|arxiv 2413.12345| month 13 does not exist")]
    [InlineData("https://arxiv.org/abs/2410.123456", "|https://arxiv.org/abs/2410.123456| ids from 2024 have 5 digits after the dot, not 6")]
    [InlineData("https://arxiv.org/abs/hep-th/0705001", "|https://arxiv.org/abs/hep-th/0705001| old-style ids run from 1991-08 to 2007-03")]
    [InlineData("10.48550/arXiv.2400.00001", "|10.48550/arXiv.2400.00001| month 00 does not exist")]
    public void Reports_explicit_forms_with_invalid_ids(string text, string expected) => Assert.Equal([expected], Malformed(text));

    [Fact]
    public void Bibcodes_only_in_bib_fields()
    {
        Assert.Equal(["Bibcode 1703.01234 |2017arXiv170301234B| 170301234"], Found("2017arXiv170301234B", ArxivScanMode.BibField));
        Assert.Equal(["Bibcode 1104.5069 |2011arXiv1104.5069X| 1104.5069"], Found("2011arXiv1104.5069X", ArxivScanMode.BibField));
        Assert.Equal(["Bare 2410.15661 |2410.15661| 2410.15661"], Found("2410.15661", ArxivScanMode.BibField));
    }

    [Fact]
    public void Url_mode_finds_only_url_forms()
    {
        Assert.Empty(Found("2410.15661", ArxivScanMode.Url));
        Assert.Empty(Found("arXiv:2410.15661", ArxivScanMode.Url));
        Assert.Single(Found("https://arxiv.org/abs/2410.15661", ArxivScanMode.Url));
    }

    [Fact]
    public void Several_references_in_order_with_exact_spans()
    {
        const string text = "Both arXiv:1706.03762 and [BERT](https://arxiv.org/abs/1810.04805v2), cf. 2005.14165.";
        Assert.Equal(
        [
            "Prefixed 1706.03762 |arXiv:1706.03762| 1706.03762",
            "Url 1810.04805v2 |https://arxiv.org/abs/1810.04805v2| 1810.04805v2",
            "Bare 2005.14165 |2005.14165| 2005.14165",
        ], Found(text));
    }

    [Fact]
    public void Scans_only_the_given_range()
    {
        const string text = "2410.15661 1706.03762 1810.04805";
        var found = new List<ArxivReference>();
        ArxivScanner.Scan(text, 11, 21, found);
        Assert.Equal("1706.03762", Assert.Single(found).Id.Id);
        Assert.Equal(11, found[0].Span.Start);
    }

    [Fact]
    public void Pathological_input_is_linear()
    {
        var text = string.Concat(Enumerable.Repeat("arXiv:2410.1566 https://arxiv.org/abs/ 10.48550/arXiv. 2410.", 20_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var found = new List<ArxivReference>();
        ArxivScanner.Scan(text, 0, text.Length, found, []);
        Assert.True(sw.ElapsedMilliseconds < 2_000, $"took {sw.ElapsedMilliseconds} ms");
        Assert.Empty(found);
    }
}
