using PapersLsp.Core.Arxiv;

namespace PapersLsp.Catalog.Import;

/// <summary>
/// Finds the arXiv id in the field values exporters put them in: <c>arXiv:2005.14165 [cs]</c>, <c>arXiv: 1305.4904</c>,
/// <c>http://arxiv.org/abs/1401.2910v2</c>, <c>10.48550/arXiv.2206.12432</c>, <c>abs/1706.03762</c> (DBLP) or a bare id.
/// </summary>
public static class ArxivIdFinder
{
    private static readonly string[] Markers = ["arxiv.org/abs/", "arxiv.org/pdf/", "10.48550/arxiv.", "arxiv:"];

    /// <summary>The id after one of the known markers anywhere in <paramref name="text"/>.</summary>
    public static ArxivId? InText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var marker in Markers)
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                if (TokenAt(text, at + marker.Length) is { } id) return id;
                at = text.IndexOf(marker, at + marker.Length, StringComparison.OrdinalIgnoreCase);
            }
        }
        return null;
    }

    /// <summary>The id when the whole value (trimmed, optionally prefixed <c>arXiv:</c> or DBLP's <c>abs/</c>) is one.</summary>
    public static ArxivId? Whole(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.AsSpan().Trim();
        if (t.StartsWith("abs/", StringComparison.OrdinalIgnoreCase)) return ArxivId.TryParse(t[4..], out var dblp, out _) ? dblp : null;
        return ArxivId.TryParseTyped(text, out var id) ? id : null;
    }

    private static ArxivId? TokenAt(string text, int start)
    {
        while (start < text.Length && text[start] == ' ') start++;
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '/')) end++;
        var token = text.AsSpan(start, end - start).TrimEnd('.');
        if (token.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) token = token[..^4];
        return ArxivId.TryParse(token, out var id, out _) ? id : null;
    }
}
