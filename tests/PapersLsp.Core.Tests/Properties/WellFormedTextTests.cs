using CsCheck;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Properties;

/// <summary>
/// Regression: a title holding a lone surrogate (from a JSON "\ud800" in a Hugging Face list; found by
/// ImporterRobustnessTests with seed 5WUjjajFMIO1) made <see cref="PaperRecord.TitleKey"/> throw out of the importer.
/// </summary>
public sealed class WellFormedTextTests
{
    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        // Built in code: test-case data would not carry lone surrogates through intact.
        (string Text, string Expected)[] cases =
        [
            ("\uD800", "\uFFFD"), ("a\uDC00b", "a\uFFFDb"), ("\uD83D\uDE00", "\uD83D\uDE00"), ("x\uD83D", "x\uFFFD"), ("\uDE00\uD83D", "\uFFFD\uFFFD"),
        ];
        foreach (var (text, expected) in cases) Assert.Equal(expected, WellFormedText.Of(text));
    }

    [Fact]
    public void Title_keys_and_search_folding_accept_any_utf16_string() =>
        Gen.String[Gen.Char, 0, 40].Sample(text =>
        {
            Assert.StartsWith("title:", PaperRecord.TitleKey(text), StringComparison.Ordinal);
            _ = SearchText.Fold(text);
            Assert.Equal(WellFormedText.Of(text).Length, text.Length);
        }, iter: 5000);
}
