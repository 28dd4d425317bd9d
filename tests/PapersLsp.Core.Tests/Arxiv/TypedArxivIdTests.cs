using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Tests.Arxiv;

/// <summary><see cref="ArxivId.TryParseTyped"/>: the one rule for an id a person typed.</summary>
public class TypedArxivIdTests
{
    [Theory]
    [InlineData("2410.15661", "2410.15661")]
    [InlineData("2410.15661v2", "2410.15661v2")]
    [InlineData("arXiv:2410.15661v2", "2410.15661v2")]
    [InlineData("arxiv:2410.15661", "2410.15661")]
    [InlineData("ARXIV: hep-th/9901001", "hep-th/9901001")]
    [InlineData("arXiv:\t 2410.15661", "2410.15661")]
    [InlineData("  arXiv:2410.15661  ", "2410.15661")]
    [InlineData("\n2410.15661\r\n", "2410.15661")]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData("arXiv:math.GT/0309136v1", "math/0309136v1")]
    [InlineData("HEP-TH/9901001", "hep-th/9901001")]
    [InlineData("1412.6980", "1412.6980")]
    [InlineData("0704.0001", "0704.0001")]
    public void Accepts_an_id_with_optional_prefix_version_and_blanks(string typed, string expected)
    {
        Assert.True(ArxivId.TryParseTyped(typed, out var id), typed);
        Assert.Equal(expected, id.VersionedId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("arXiv:")]
    [InlineData("arXiv: ")]
    [InlineData("2410.15661 extra")]
    [InlineData("see 2410.15661")]
    [InlineData("arXiv:2413.00001")] // month 13
    [InlineData("2410.1566")] // 4 digits after 2015
    [InlineData("1412.69801")] // 5 digits before 2015
    [InlineData("0703.0001")] // new-style ids start in 0704
    [InlineData("2410.15661v0")]
    [InlineData("2410.15661v")]
    [InlineData("2410.15661 v2")]
    [InlineData("arXiv 2410.15661")] // a prefix needs its colon
    [InlineData("arXiv :2410.15661")]
    [InlineData("arXiv:arXiv:2410.15661")]
    [InlineData("xarXiv:2410.15661")]
    [InlineData("nosuch-th/9901001")]
    [InlineData("hep-th/0704001")] // old-style ids end in 2007-03
    [InlineData("https://arxiv.org/abs/2410.15661")]
    [InlineData("[2410.15661]")]
    public void Rejects_anything_else(string? typed)
    {
        Assert.False(ArxivId.TryParseTyped(typed, out var id));
        Assert.Null(id);
    }

    [Theory]
    [InlineData("2410.15661")]
    [InlineData("2410.15661v3")]
    [InlineData("hep-th/9901001")]
    [InlineData("math.GT/0309136v1")]
    [InlineData("2413.00001")]
    [InlineData("2410.1566")]
    [InlineData("12.34")]
    public void Without_prefix_or_blanks_it_agrees_with_TryParse(string text)
    {
        var parsed = ArxivId.TryParse(text, out var expected);
        Assert.Equal(parsed, ArxivId.TryParseTyped(text, out var typed));
        Assert.Equal(expected, typed);
        Assert.Equal(parsed, ArxivId.TryParseTyped("arXiv:" + text, out var prefixed));
        Assert.Equal(expected, prefixed);
    }
}
