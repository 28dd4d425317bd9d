using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

public sealed class PaperQueryTests
{
    [Theory]
    [InlineData("2410.15", "2410.15", "")]
    [InlineData("2410.", "2410.", "")]
    [InlineData("2410.15661", "2410.15661", "")]
    [InlineData("2410.15661v2", "2410.15661", "")]
    [InlineData("arXiv:2410.15661", "2410.15661", "")]
    [InlineData("ARXIV:24", "24", "")]
    [InlineData("arxiv.org/abs/1706.03762v7", "1706.03762", "")]
    [InlineData("hep-th/99", "hep-th/99", "")]
    [InlineData("HEP-TH/9901001", "hep-th/9901001", "")]
    [InlineData("math.GT/03", "math/03", "")]
    [InlineData("math.GT/0309136v1", "math/0309136", "")]
    [InlineData("2410.15 scaling laws", "2410.15", "scaling laws")]
    [InlineData("2410", null, "2410")]                          // bare digits may be a year or an id word
    [InlineData("2017", null, "2017")]
    [InlineData("foo/12", null, "foo 12")]                      // not an archive
    [InlineData("Attention Is All", null, "attention is all")]
    [InlineData("Müller, J.", null, "muller j")]
    [InlineData("\"NEAR(a* b)\" -c:d", null, "near a b c d")]
    [InlineData("", null, "")]
    public void Splits_id_prefixes_from_words(string text, string? idPrefix, string words)
    {
        var query = PaperQuery.Parse(text);
        Assert.Equal(idPrefix, query.IdPrefix);
        Assert.Equal(words, string.Join(' ', query.Words));
    }

    [Theory]
    [InlineData("transformer", "transformer", 1.0)]
    [InlineData("trans", "transformer", 0.78)]
    [InlineData("transfomer", "transformer", 0.5)]     // dropped letter
    [InlineData("transformre", "transformer", 0.5)]    // swapped neighbours
    [InlineData("transfarmer", "transformer", 0.5)]    // substituted letter
    [InlineData("trasnf", "transformer", 0.4)]         // partial word with a swap
    [InlineData("tranz", "transformer", 0.4)]
    [InlineData("trx", "transformer", 0)]              // short words must be exact prefixes
    [InlineData("1707", "1706", 0)]                    // numbers never fuzzy-match
    [InlineData("tarnsfromer", "transformer", 0)]      // two typos
    public void Word_match_quality(string word, string token, double expected) =>
        Assert.Equal(expected, SearchRanker.Match(word, token), precision: 2);

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", true)]
    [InlineData("abc", "ab", true)]
    [InlineData("ab", "abc", true)]
    [InlineData("abc", "bac", true)]
    [InlineData("abc", "xabc", true)]
    [InlineData("abc", "cba", false)]
    [InlineData("abc", "a", false)]
    [InlineData("abcd", "abdc", true)]
    [InlineData("abcd", "badc", false)]
    public void Edit_distance_of_at_most_one(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.WithinOne(a, b));
        Assert.Equal(expected, EditDistance.WithinOne(b, a));
    }
}
