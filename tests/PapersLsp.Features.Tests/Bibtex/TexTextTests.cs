using CsCheck;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Features.Tests.Bibtex;

public class TexTextTests
{
    [Theory]
    [InlineData("Attention Is All You Need", "Attention Is All You Need")]
    [InlineData("Q&A over tables", @"Q\&A over tables")]
    [InlineData("100% accuracy", @"100\% accuracy")]
    [InlineData("#1 on the leaderboard", @"\#1 on the leaderboard")]
    [InlineData("snake_case names", @"snake\_case names")]
    [InlineData("x^2 growth", @"x\textasciicircum{}2 growth")]
    [InlineData("~10x faster", @"\textasciitilde{}10x faster")]
    [InlineData("see Fig.~1", "see Fig.~1")]
    [InlineData(@"$\alpha$-divergences", @"$\alpha$-divergences")]
    [InlineData(@"bounds on $x_i^2$ and $O(n \log n)$", @"bounds on $x_i^2$ and $O(n \log n)$")]
    [InlineData(@"\emph{Deep} nets", @"\emph{Deep} nets")]
    [InlineData(@"Already \& escaped, 50\%", @"Already \& escaped, 50\%")]
    [InlineData("a $5 prize", @"a \$5 prize")]
    [InlineData("$x$ costs $5", @"$x$ costs \$5")]
    [InlineData("open { brace", @"open \textbraceleft{} brace")]
    [InlineData("close } brace", @"close \textbraceright{} brace")]
    [InlineData("}{", @"\textbraceright{}\textbraceleft{}")]
    [InlineData(@"\{ lone escaped", @"\textbraceleft{} lone escaped")]
    [InlineData(@"sets $\{a, b\}$", @"sets $\{a, b\}$")]
    [InlineData("{BERT} stays", "{BERT} stays")]
    [InlineData(@"a\1 b", @"a\textbackslash{}1 b")]
    [InlineData(@"ends\", @"ends\textbackslash{}")]
    [InlineData("$β$-DPO", @"$\beta$-DPO")]
    [InlineData("DεpS", @"D\ensuremath{\varepsilon}pS")]
    [InlineData("$αx$", @"$\alpha x$")]
    [InlineData("Döbler, Książek, Üstün", "Döbler, Książek, Üstün")]
    [InlineData("line\nbreak", "line break")]
    public void Escapes_plain_text_and_keeps_TeX(string text, string expected) =>
        Assert.Equal(expected, TexText.Escape(text));

    [Fact]
    public void Any_text_comes_out_with_balanced_braces_and_no_bare_specials()
    {
        Gen.String[Gen.Char["{}\\$&%#_^~ aZ1é"], 0, 40].Sample(text =>
        {
            var escaped = TexText.Escape(text);
            var depth = 0;
            for (var i = 0; i < escaped.Length; i++)
            {
                var c = escaped[i];
                if (c == '{') depth++;
                else if (c == '}') depth--;
                Assert.True(depth >= 0, $"'{text}' → '{escaped}' closes a brace it never opened");
                if (c is '&' or '%' or '#') Assert.True(i > 0 && escaped[i - 1] == '\\', $"'{text}' → '{escaped}' has a bare {c}");
            }
            Assert.Equal(0, depth);
            Assert.False(TrailingBackslashCount(escaped) % 2 == 1, $"'{text}' → '{escaped}' ends in a backslash");
        }, iter: 20_000);
    }

    [Fact]
    public void Escaping_is_idempotent_on_its_own_output()
    {
        Gen.String[Gen.Char["{}\\$&%#_^~ aZ1"], 0, 30].Sample(text =>
        {
            var once = TexText.Escape(text);
            Assert.Equal(once, TexText.Escape(once));
        }, iter: 20_000);
    }

    private static int TrailingBackslashCount(string text)
    {
        var n = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] == '\\'; i--) n++;
        return n;
    }
}
