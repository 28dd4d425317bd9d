using PapersLsp.Catalog.Import;

namespace PapersLsp.Catalog.Tests.Import;

/// <summary><see cref="ArxivIdFinder.Whole"/>: a field value that is an id as typed, or DBLP's <c>abs/ID</c>.</summary>
public class ArxivIdFinderTests
{
    [Theory]
    [InlineData("1706.03762", "1706.03762")]
    [InlineData(" arXiv:1706.03762v5 ", "1706.03762v5")]
    [InlineData("arXiv: 1305.4904", "1305.4904")]
    [InlineData("ARXIV:hep-th/9901001", "hep-th/9901001")]
    [InlineData("abs/1706.03762", "1706.03762")]
    [InlineData("ABS/math.GT/0309136", "math/0309136")]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    [InlineData("arXiv:", null)]
    [InlineData("abs/", null)]
    [InlineData("abs/arXiv:1706.03762", null)]
    [InlineData("arXiv:2005.14165 [cs]", null)]
    [InlineData("arXiv:2413.00001", null)]
    [InlineData("Technical report 12", null)]
    public void Whole_reads_a_value_that_is_exactly_one_id(string? value, string? expected) =>
        Assert.Equal(expected, ArxivIdFinder.Whole(value)?.VersionedId);

    [Fact]
    public void In_text_still_finds_an_id_after_a_marker_with_text_around_it() =>
        Assert.Equal("2005.14165", ArxivIdFinder.InText("arXiv:2005.14165 [cs]")?.VersionedId);
}
