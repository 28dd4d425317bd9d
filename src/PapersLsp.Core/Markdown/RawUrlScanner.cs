using PapersLsp.Core.Citations;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// Bare <c>http(s)://</c> URLs in Markdown text (GitHub and most renderers link them): each becomes a link,
/// without the trailing punctuation of the sentence around it.
/// </summary>
internal static class RawUrlScanner
{
    public static void Scan(string text, int start, int end, List<LinkReference> found)
    {
        var i = text.IndexOf("http", start, end - start, StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            var next = i + 4;
            var schemeEnd = SchemeEnd(text, i, end);
            if (schemeEnd > 0 && (i == start || !char.IsLetterOrDigit(text[i - 1])))
            {
                var urlEnd = schemeEnd;
                var parens = 0; // a ')' closing a '(' of the URL is part of it: https://en.wikipedia.org/wiki/X_(y)
                for (; urlEnd < end; urlEnd++)
                {
                    var c = text[urlEnd];
                    if (c == '(') parens++;
                    else if (c == ')' && parens > 0) parens--;
                    else if (Arxiv.ArxivUrlForms.IsUrlTerminator(c)) break;
                }
                while (urlEnd > schemeEnd && text[urlEnd - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_' or '~') urlEnd--;
                if (urlEnd > schemeEnd) found.Add(new LinkReference(TextSpan.FromBounds(i, urlEnd), text[i..urlEnd]));
                next = urlEnd;
            }
            if (next >= end) return;
            i = text.IndexOf("http", next, end - next, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static int SchemeEnd(string text, int pos, int end)
    {
        if (Arxiv.ArxivUrlForms.StartsWith(text, pos, end, "https://")) return pos + 8;
        if (Arxiv.ArxivUrlForms.StartsWith(text, pos, end, "http://")) return pos + 7;
        return -1;
    }
}
