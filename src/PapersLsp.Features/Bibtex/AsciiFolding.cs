using System.Text;

namespace PapersLsp.Features.Bibtex;

/// <summary>Folds letters to plain ASCII for citation keys (<c>Döbler</c> → <c>Dobler</c>, <c>Łukasz</c> → <c>Lukasz</c>, <c>β</c> → <c>b</c>).</summary>
public static class AsciiFolding
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ł'] = "l",
        ['ı'] = "i", ['ħ'] = "h", ['ŋ'] = "ng",
        ['α'] = "a", ['β'] = "b", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "e", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "ph", ['χ'] = "ch", ['ψ'] = "ps",
        ['ω'] = "o",
    };

    /// <summary>The text with diacritics removed and the letters above spelled out (capitals stay capitals); other non-ASCII characters dropped.</summary>
    public static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in Core.Text.WellFormedText.Of(text).Normalize(NormalizationForm.FormKD))
        {
            // Combining marks from the decomposition and letters with no ASCII spelling are dropped.
            if (c < 0x80) output.Append(c);
            else if (Letters.TryGetValue(char.ToLowerInvariant(c), out var spelled))
                output.Append(char.IsUpper(c) ? spelled.ToUpperInvariant() : spelled);
        }
        return output.ToString();
    }
}
