using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Hover;

/// <summary>Hover on an arXiv reference: the paper from the catalog, or what to do when it is not there.</summary>
public static class ArxivHover
{
    /// <param name="isBeingFetched">True when online lookup has this id queued (the hover then says so).</param>
    public static HoverContent? Create(TextDocument document, int offset, IPaperCatalog catalog, Func<ArxivId, bool>? isBeingFetched = null)
    {
        var reference = FindAt(document, offset);
        if (reference is null) return MalformedAt(document, offset);
        var paper = catalog.Get(reference.Id);
        if (paper is not null) return new HoverContent(reference.Span, PaperMarkdown.Render(paper, reference.Id));
        var id = reference.Id;
        var message = isBeingFetched?.Invoke(id) == true
            ? $"**arXiv:{id.VersionedId}** is being fetched from arXiv…"
            : $"**arXiv:{id.VersionedId}** is a valid arXiv id that is not in the paper catalog.\n\n" +
              "Import it with `papers-lsp catalog import FILE` (an arXiv feed, the metadata snapshot, a .bib or Hugging Face page), " +
              "or enable online lookup (`papersLsp.online.enabled`).";
        return new HoverContent(reference.Span, message + "\n\n" + PaperMarkdown.LinkLine(id));
    }

    /// <summary>The reference whose span holds the offset (a cursor just after it counts).</summary>
    public static ArxivReference? FindAt(TextDocument document, int offset)
    {
        foreach (var reference in document.Semantics.ArxivReferences)
            if (reference.Span.ContainsOrTouches(offset)) return reference;
        return null;
    }

    private static HoverContent? MalformedAt(TextDocument document, int offset)
    {
        foreach (var bad in document.Semantics.MalformedArxivReferences)
            if (bad.Span.ContainsOrTouches(offset))
                return new HoverContent(bad.Span, $"**{MarkdownText.Escape(bad.Text)}** is not a valid arXiv id: {MarkdownText.Escape(bad.Problem)}.");
        return null;
    }
}
