using PapersLsp.Core.Citations;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// Pandoc citation keys in Markdown text: <c>[@key]</c>, <c>[see @a, p. 3; @b]</c>, <c>@key</c>, <c>-@key</c>,
/// <c>@{key with spaces}</c>. A key starts with a letter, digit or <c>_</c>; it may contain the punctuation
/// <c>:.#$%&amp;-+?&lt;&gt;~/</c> singly between word characters, so trailing punctuation is not part of it.
/// </summary>
public static class PandocCitationScanner
{
    private const int MaxBracedKey = 200;

    /// <summary>Adds the citation keys in <c>text[start..end)</c>; the range holds Markdown text, not code.</summary>
    public static void Scan(string text, int start, int end, List<CitationReference> found)
    {
        var i = text.IndexOf('@', start, end - start);
        while (i >= 0)
        {
            var next = i + 1;
            if (IsCitationStart(text, start, i) && next < end)
            {
                next = text[next] == '{' ? BracedKey(text, i + 2, end, found) : PlainKey(text, i + 1, end, found);
            }
            if (next >= end) return;
            i = text.IndexOf('@', next, end - next);
        }
    }

    /// <summary>An <c>@</c> after a word character is an e-mail address or <c>pass@1</c>, not a citation.</summary>
    private static bool IsCitationStart(string text, int start, int at)
    {
        if (at == start) return true;
        var prev = text[at - 1];
        if (prev == '-') return at - 1 == start || !IsKeyChar(text[at - 2]);
        return !IsKeyChar(prev) && prev is not ('\\' or '.' or '+' or '@');
    }

    private static int PlainKey(string text, int pos, int end, List<CitationReference> found)
    {
        if (!IsKeyChar(text[pos])) return pos;
        var i = pos + 1;
        while (i < end)
        {
            if (IsKeyChar(text[i])) i++;
            else if (IsInternalPunctuation(text[i]) && i + 1 < end && IsKeyChar(text[i + 1])) i += 2;
            else break;
        }
        found.Add(new CitationReference(TextSpan.FromBounds(pos, i), text[pos..i], "@"));
        return i;
    }

    private static int BracedKey(string text, int pos, int end, List<CitationReference> found)
    {
        var limit = Math.Min(end, pos + MaxBracedKey);
        for (var i = pos; i < limit; i++)
        {
            if (text[i] is '\n' or '\r' or '{') return i;
            if (text[i] != '}') continue;
            if (i > pos) found.Add(new CitationReference(TextSpan.FromBounds(pos, i), text[pos..i], "@"));
            return i + 1;
        }
        return pos;
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsInternalPunctuation(char c) => c is ':' or '.' or '#' or '$' or '%' or '&' or '-' or '+' or '?' or '<' or '>' or '~' or '/';
}
