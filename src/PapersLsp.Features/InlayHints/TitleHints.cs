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
/// and links whose text is the id. A Markdown link whose text is something else (usually the title) gets none.
/// </summary>
public static class TitleHints
{
    public static IReadOnlyList<TitleHint> Create(TextDocument document, TextSpan range, IPaperCatalog catalog, int maxLength)
    {
        var hints = new List<TitleHint>();
        var links = document.Semantics.Links;
        var seenLinkEnds = new HashSet<int>();
        foreach (var reference in document.Semantics.ArxivReferences)
        {
            if (reference.Span.End < range.Start || reference.Span.Start > range.End) continue;
            var link = EnclosingLink(links, reference.Span);
            if (link is not null && !LinkTextIsId(document.Text, link.Span, reference)) continue;
            var offset = link?.Span.End ?? reference.Span.End;
            if (!seenLinkEnds.Add(offset)) continue; // one hint per link even when text and target both name the id
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

    private static Core.Citations.LinkReference? EnclosingLink(System.Collections.Immutable.ImmutableArray<Core.Citations.LinkReference> links, TextSpan span)
    {
        foreach (var link in links)
            if (link.Span.Start <= span.Start && span.End <= link.Span.End) return link;
        return null;
    }

    /// <summary>True for <c>[2410.15661](…)</c> or <c>[arXiv:2410.15661](…)</c>, or a bare autolink: the id is all the reader sees.</summary>
    private static bool LinkTextIsId(string text, TextSpan link, ArxivReference reference)
    {
        if (link.Length == 0 || text[link.Start] != '[') return true; // autolinks and raw URLs show the id
        var close = text.IndexOf("](", link.Start, link.Length, StringComparison.Ordinal);
        if (close < 0) return true;
        var label = text.AsSpan(link.Start + 1, close - link.Start - 1).Trim();
        return label.Contains(reference.Id.Id.AsSpan(), StringComparison.OrdinalIgnoreCase) && label.Length <= reference.Id.Id.Length + 12;
    }
}
