using System.Text;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// Braces the words of an (already escaped) title whose capitals must survive a style that changes case:
/// acronyms and words with a capital after their first character (<c>{BERT}</c>, <c>{GPT}-4</c>,
/// <c>{ImageNet}</c>, <c>{3D}</c>). Ordinary capitalised words (<c>Attention</c>) stay free, so a sentence-case
/// style can still lower them. Text already in braces, math and command names are left alone.
/// </summary>
public static class TitleCaseProtection
{
    public static string Protect(string escapedTitle)
    {
        var output = new StringBuilder(escapedTitle.Length + 8);
        var depth = 0;
        var inMath = false;
        var i = 0;
        while (i < escapedTitle.Length)
        {
            var c = escapedTitle[i];
            if (c == '\\')
            {
                var end = i + 1;
                if (end < escapedTitle.Length && char.IsAsciiLetter(escapedTitle[end]))
                    while (end < escapedTitle.Length && char.IsAsciiLetter(escapedTitle[end])) end++;
                else end = Math.Min(end + 1, escapedTitle.Length);
                output.Append(escapedTitle, i, end - i);
                i = end;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '$') inMath = !inMath;
            if (depth == 0 && !inMath && char.IsLetterOrDigit(c))
            {
                var end = i;
                while (end < escapedTitle.Length && char.IsLetterOrDigit(escapedTitle[end])) end++;
                var word = escapedTitle.AsSpan(i, end - i);
                if (NeedsProtection(word)) output.Append('{').Append(word).Append('}');
                else output.Append(word);
                i = end;
                continue;
            }
            output.Append(c);
            i++;
        }
        return output.ToString();
    }

    /// <summary>A capital anywhere but first: an acronym (<c>BERT</c>), a product name (<c>ImageNet</c>), a unit (<c>3D</c>).</summary>
    private static bool NeedsProtection(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
            if (char.IsUpper(word[k])) return true;
        return false;
    }
}
