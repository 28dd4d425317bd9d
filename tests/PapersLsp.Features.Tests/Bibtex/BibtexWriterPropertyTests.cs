using CsCheck;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Features.Tests.Bibtex;

public class BibtexWriterPropertyTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["{}\\$&%#_^~ ,aZ1éβ\n"], 0, 30];

    [Fact]
    public void Every_entry_is_one_balanced_bibtex_entry_whatever_the_text()
    {
        Gen.Select(Text, Text.Array[0, 3], Gen.Enum<BibtexStyle>(), Gen.Enum<CitationKeyFormat>()).Sample((title, authors, style, format) =>
        {
            var paper = Papers.Arxiv("2401.12345", title, authors, "cs.CL") with { Authors = [.. authors.Select(a => new PaperAuthor(a))] };
            var key = CitationKeyGenerator.Generate(paper, format);
            var entry = BibtexWriter.Write(paper, style, key);

            Assert.DoesNotContain(key, c => char.IsWhiteSpace(c) || c is ',' or '{' or '}' or '"' or '#' or '%');
            var depth = 0;
            for (var i = 0; i < entry.Length; i++)
            {
                if (entry[i] == '{') depth++;
                else if (entry[i] == '}') depth--;
                Assert.True(depth > 0 || i == entry.Length - 1 || i < entry.IndexOf('{', StringComparison.Ordinal), $"entry closes early:\n{entry}");
            }
            Assert.Equal(0, depth);
        }, iter: 5_000);
    }

    [Theory]
    [InlineData(BibtexStyle.Arxiv, "author={Ann Smith and Bob Jones},")]
    [InlineData(BibtexStyle.Biblatex, "author = {Smith, Ann and Jones, Bob},")]
    public void Blank_author_slots_are_left_out(BibtexStyle style, string expected)
    {
        var paper = Papers.Arxiv("2401.12345", "T", ["", "Ann Smith", "  ", "Bob Jones"], "cs.CL");

        Assert.Contains(expected, BibtexWriter.Write(paper, style, "k"), StringComparison.Ordinal);
        Assert.Equal("smith2024t", CitationKeyGenerator.Generate(paper, CitationKeyFormat.Arxiv));
    }
}
