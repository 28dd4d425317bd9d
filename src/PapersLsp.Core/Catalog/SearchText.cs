using System.Globalization;
using System.Text;

namespace PapersLsp.Core.Catalog;

/// <summary>
/// The word splitting every catalog search uses: lower case, diacritics removed, words are runs of letters and digits.
/// It mirrors SQLite FTS5's <c>unicode61 remove_diacritics 2</c> tokenizer so index and ranker agree on what a word is.
/// </summary>
public static class SearchText
{
    /// <summary>The normalised words of <paramref name="text"/> in order.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (IsWordChar(c)) word.Append(c);
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>Letters, numbers of every kind and private-use characters: the token characters of FTS5's unicode61.</summary>
    public static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    /// <summary>Lower-cased with combining marks removed (é → e, ü → u).</summary>
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
            if (c > 0x7F) { ascii = false; break; }
        if (ascii) return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        return folded.ToString();
    }
}
