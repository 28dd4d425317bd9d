using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Citations;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// Raw HTML inside Markdown: <c>href</c> values of tags are links (scanned as URLs), text between tags is
/// scanned as prose, and comments are skipped. A small tolerant tokenizer, not a full HTML parser.
/// </summary>
internal static class HtmlReferenceScanner
{
    public static void Scan(string text, int start, int end, SemanticsBuilder sink)
    {
        var i = start;
        var textStart = start;
        while (i < end)
        {
            if (text[i] != '<') { i++; continue; }
            ArxivScanner.Scan(text, textStart, i, sink.Arxiv, sink.Malformed);
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", i + 4, end - i - 4, StringComparison.Ordinal);
                i = close < 0 ? end : close + 3;
            }
            else
            {
                var close = text.IndexOf('>', i, end - i);
                var tagEnd = close < 0 ? end : close + 1;
                Tag(text, i, tagEnd, sink);
                i = tagEnd;
            }
            textStart = i;
        }
        ArxivScanner.Scan(text, textStart, end, sink.Arxiv, sink.Malformed);
    }

    /// <summary>Finds <c>href=</c> in one tag; the value may be double-, single- or unquoted.</summary>
    private static void Tag(string text, int start, int end, SemanticsBuilder sink)
    {
        var at = start;
        while (true)
        {
            at = text.IndexOf("href", at, end - at, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return;
            var i = at + 4;
            at = i;
            if (!char.IsWhiteSpace(text[at - 5])) continue;
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end || text[i] != '=') continue;
            i++;
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) return;
            int valueStart, valueEnd;
            if (text[i] is '"' or '\'')
            {
                valueStart = i + 1;
                valueEnd = text.IndexOf(text[i], valueStart, end - valueStart);
                if (valueEnd < 0) return;
            }
            else
            {
                valueStart = i;
                valueEnd = i;
                while (valueEnd < end && !char.IsWhiteSpace(text[valueEnd]) && text[valueEnd] != '>') valueEnd++;
            }
            if (valueEnd > valueStart)
            {
                sink.Links.Add(new LinkReference(TextSpan.FromBounds(valueStart, valueEnd), text[valueStart..valueEnd]));
                ArxivScanner.Scan(text, valueStart, valueEnd, sink.Arxiv, sink.Malformed, ArxivScanMode.Url);
            }
            at = valueEnd;
        }
    }
}
