using System.Collections.Immutable;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Citations;

namespace PapersLsp.Core.Documents;

/// <summary>
/// Everything features ask of a document, filled by one parse: flat arrays ordered by position.
/// Features query these and never walk syntax trees again.
/// </summary>
public sealed record DocumentSemantics
{
    public ImmutableArray<ArxivReference> ArxivReferences { get; init; } = [];
    public ImmutableArray<MalformedArxivReference> MalformedArxivReferences { get; init; } = [];
    public ImmutableArray<CitationReference> Citations { get; init; } = [];
    public ImmutableArray<BibliographyReference> Bibliographies { get; init; } = [];
    public ImmutableArray<LinkReference> Links { get; init; } = [];

    /// <summary>The document cites every entry of its bibliographies: <c>\nocite{*}</c>, or pandoc's <c>nocite: "@*"</c>.</summary>
    public bool CitesEverything { get; init; }

    /// <summary>For .bib documents: the parse (entries, strings, syntax errors).</summary>
    public BibDocument Bib { get; init; } = BibDocument.Empty;

    public static readonly DocumentSemantics Empty = new();
}
