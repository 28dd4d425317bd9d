using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Citations;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Markdown;

/// <summary>What Markdown text and link destinations hold, shared by the Markdig walk and the linear inline scanner.</summary>
internal static class InlineRecognition
{
    /// <summary>A run of literal text: arXiv ids in prose, pandoc citations, bare URLs.</summary>
    public static void Text(string text, int start, int end, SemanticsBuilder sink)
    {
        if (end <= start) return;
        ArxivScanner.Scan(text, start, end, sink.Arxiv, sink.Malformed);
        PandocCitationScanner.Scan(text, start, end, sink.Citations);
        RawUrlScanner.Scan(text, start, end, sink.Links);
    }

    /// <summary>A link destination or autolink target at <c>text[start..end)</c>; <paramref name="target"/> is its unescaped form when known.</summary>
    public static void Destination(string text, int start, int end, string? target, SemanticsBuilder sink)
    {
        if (start < 0 || start >= text.Length || end <= start) return;
        end = Math.Min(end, text.Length);
        sink.Links.Add(new LinkReference(TextSpan.FromBounds(start, end), target ?? text[start..end]));
        ArxivScanner.Scan(text, start, end, sink.Arxiv, sink.Malformed, ArxivScanMode.Url);
    }
}
