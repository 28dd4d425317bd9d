using System.Globalization;
using System.Text;

namespace PapersLsp.Features.Bibtex;

/// <summary>Folds letters to plain ASCII for citation keys (<c>Döbler</c> → <c>Dobler</c>, <c>Łukasz</c> → <c>Lukasz</c>, <c>β</c> → <c>b</c>).</summary>
public static class AsciiFolding
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['ø'] = "o", ['Ø'] = "O",
        ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D", ['þ'] = "th", ['Þ'] = "TH", ['ł'] = "l", ['Ł'] = "L",
        ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "H", ['ŋ'] = "ng", ['Ŋ'] = "NG",
        ['α'] = "a", ['β'] = "b", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "e", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "ph", ['χ'] = "ch", ['ψ'] = "ps",
        ['ω'] = "o",
    };

    /// <summary>The text with diacritics removed and the letters above spelled out; other non-ASCII characters dropped.</summary>
    public static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (c < 0x80) output.Append(c);
            else if (Letters.TryGetValue(char.ToLowerInvariant(c), out var spelled))
                output.Append(char.IsUpper(c) ? spelled.ToUpperInvariant() : spelled);
            else if (Letters.TryGetValue(c, out spelled)) output.Append(spelled);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
        }
        return output.ToString();
    }
}
