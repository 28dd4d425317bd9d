using PapersLsp.Core.Text;

namespace PapersLsp.Core.Arxiv;

/// <summary>How an arXiv reference was written.</summary>
public enum ArxivSurface
{
    /// <summary>A bare id in text: <c>2410.15661v2</c>, <c>hep-th/9901001</c>.</summary>
    Bare,
    /// <summary>With a prefix: <c>arXiv:2410.15661</c>, <c>arxiv 2410.15661</c>, <c>[arXiv:…]</c>.</summary>
    Prefixed,
    /// <summary>A URL on arxiv.org, a mirror, ar5iv, alphaxiv or Hugging Face papers.</summary>
    Url,
    /// <summary>The arXiv DOI <c>10.48550/arXiv.ID</c>, with or without a resolver.</summary>
    Doi,
    /// <summary>An ADS bibcode <c>YYYYarXivYYMMNNNNNL</c> (only recognised in .bib fields).</summary>
    Bibcode,
    /// <summary>A BibTeX field that holds an id on its own (<c>eprint</c>, <c>volume = {abs/…}</c>).</summary>
    BibField,
}

/// <summary>One arXiv reference in a document: where it is, what it says and how it was written.</summary>
/// <param name="Span">The whole surface text (the full URL, the <c>arXiv:</c> prefix included).</param>
/// <param name="IdSpan">Just the id (with version) inside the surface text.</param>
public sealed record ArxivReference(TextSpan Span, TextSpan IdSpan, ArxivId Id, ArxivSurface Surface);

/// <summary>Text that is plainly meant as an arXiv id (it has a prefix or sits in an arXiv URL or field) but is not a valid one.</summary>
public sealed record MalformedArxivReference(TextSpan Span, string Text, string Problem);
