using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.InlayHints;

/// <summary>An inlay hint: where it goes, its label and its tooltip (Markdown).</summary>
public sealed record TitleHint(int Offset, string Label, string? Tooltip);

/// <summary>
/// Title hints after ids that do not already show a title: bare ids, <c>arXiv:</c> ids, DOIs, URLs in text,
/// and Markdown links whose text is the id. A link whose text is something else (usually the title) gets none.
/// </summary>
public static class TitleHints
{
    private const int LinkLookAround = 500;

    public static IReadOnlyList<TitleHint> Create(TextDocument document, TextSpan range, IPaperCatalog catalog, int maxLength)
    {
        var hints = new List<TitleHint>();
        var text = document.Text;
        foreach (var reference in document.Semantics.ArxivReferences)
        {
            if (reference.Span.End < range.Start || reference.Span.Start > range.End) continue;
            if (HintOffset(text, reference, document.Language == DocumentLanguage.Markdown) is not { } offset) continue;
            if (catalog.Get(reference.Id) is not { } paper) continue;
            var title = LatexText.ToReadable(paper.Title).ReplaceLineEndings(" ");
            hints.Add(new TitleHint(offset, "▸ " + Truncate(title, maxLength), string.IsNullOrWhiteSpace(paper.Abstract) ? null : PaperMarkdown.Text(paper.Abstract)));
        }
        return hints;
    }

    public static string Truncate(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1), Math.Min(maxLength, 20));
        return (cut > maxLength / 2 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(' ', ',', ':', ';') + "…";
    }

    /// <summary>Where the hint goes, or null when the reader already sees a title.</summary>
    private static int? HintOffset(string text, ArxivReference reference, bool markdown)
    {
        var span = reference.Span;
        if (!markdown) return span.End;
        // The text of an inline link, "[2410.15661](…)": the destination's hint covers it.
        if (span.End + 1 < text.Length && text[span.End] == ']' && text[span.End + 1] == '(') return null;
        if (span.Start >= 2 && text[span.Start - 1] == '(' && text[span.Start - 2] == ']')
        {
            var open = MatchingOpenBracket(text, span.Start - 2);
            if (open < 0) return span.End;
            var label = text.AsSpan(open + 1, span.Start - 2 - open - 1).Trim();
            if (label.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase)) label = label[6..];
            if (!label.StartsWith(reference.Id.Id, StringComparison.OrdinalIgnoreCase) || label.Length > reference.Id.VersionedId.Length + 1) return null;
            var close = text.IndexOf(')', span.End, Math.Min(LinkLookAround, text.Length - span.End));
            return close < 0 ? span.End : close + 1;
        }
        return span.End < text.Length && text[span.End] == '>' ? span.End + 1 : span.End;
    }

    private static int MatchingOpenBracket(string text, int closeAt)
    {
        var depth = 0;
        for (var i = closeAt; i >= Math.Max(0, closeAt - LinkLookAround); i--)
        {
            if (text[i] == ']') depth++;
            else if (text[i] == '[' && --depth == 0) return i;
            else if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n') return -1;
        }
        return -1;
    }
}
