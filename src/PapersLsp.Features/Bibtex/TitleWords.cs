using System.Text;

namespace PapersLsp.Features.Bibtex;

/// <summary>The words of a title as key formats see them, without TeX markup.</summary>
public static class TitleWords
{
    /// <summary>The title's text without command names, math shifts and grouping braces (<c>\emph{Deep} $k$-NN</c> → <c>Deep k-NN</c>).</summary>
    public static string WithoutTex(string title)
    {
        var text = new StringBuilder(title.Length);
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (c == '\\')
            {
                if (i + 1 < title.Length && char.IsAsciiLetter(title[i + 1]))
                    while (i + 1 < title.Length && char.IsAsciiLetter(title[i + 1])) i++;
                else if (i + 1 < title.Length) text.Append(title[++i]);
                continue;
            }
            if (c is '{' or '}' or '$') continue;
            text.Append(c == '~' ? ' ' : c);
        }
        return text.ToString();
    }

    /// <summary>
    /// Better BibTeX's title words for <c>shorttitle</c>: quotes dropped, <c>/</c> and <c>:</c> split words, each
    /// word folded to ASCII with its punctuation removed, then single letters and skip words passed over.
    /// </summary>
    public static IEnumerable<string> BetterBibtex(string title)
    {
        var text = WithoutTex(title).Replace('/', ' ').Replace(':', ' ');
        foreach (var token in text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = string.Concat(AsciiFolding.Fold(token).Where(char.IsAsciiLetterOrDigit));
            if (word.Length == 0 || (word.Length == 1 && !char.IsAsciiDigit(word[0]))) continue;
            if (CitationKeyStopWords.BetterBibtex.Contains(word.ToLowerInvariant())) continue;
            yield return word;
        }
    }
}
