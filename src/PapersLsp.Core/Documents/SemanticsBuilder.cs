using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Citations;

namespace PapersLsp.Core.Documents;

/// <summary>Collects what the recognisers find while they walk a document, then orders it by position.</summary>
public sealed class SemanticsBuilder
{
    public List<ArxivReference> Arxiv { get; } = [];
    public List<MalformedArxivReference> Malformed { get; } = [];
    public List<CitationReference> Citations { get; } = [];
    public List<BibliographyReference> Bibliographies { get; } = [];
    public List<LinkReference> Links { get; } = [];

    /// <summary>Set by <c>\nocite{*}</c> or pandoc's <c>nocite: "@*"</c>.</summary>
    public bool CitesEverything { get; set; }

    /// <summary>Every array ordered by start (then end); recognisers may find things out of order, e.g. front matter after links.</summary>
    public DocumentSemantics Build() => new()
    {
        ArxivReferences = [.. Arxiv.OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End)],
        MalformedArxivReferences = [.. Malformed.OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End)],
        Citations = [.. Citations.OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End)],
        Bibliographies = [.. Bibliographies.OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End)],
        Links = [.. Links.OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End)],
        CitesEverything = CitesEverything,
    };
}
