using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Features.Links;

/// <summary>A link the editor shows on a reference.</summary>
public sealed record DocumentLinkTarget(TextSpan Span, string Target, string Tooltip);

/// <summary>Links every arXiv reference to its abstract page (the cited version when one is written).</summary>
public static class ArxivLinks
{
    public static string AbstractUrl(ArxivId id) => $"https://arxiv.org/abs/{id.VersionedId}";

    public static string PdfUrl(ArxivId id) => $"https://arxiv.org/pdf/{id.VersionedId}";

    public static string HtmlUrl(ArxivId id) => $"https://arxiv.org/html/{id.VersionedId}";

    public static string HuggingFaceUrl(ArxivId id) => $"https://huggingface.co/papers/{id.Id}";

    public static IReadOnlyList<DocumentLinkTarget> For(TextDocument document)
    {
        var references = document.Semantics.ArxivReferences;
        var links = new List<DocumentLinkTarget>(references.Length);
        foreach (var reference in references)
            links.Add(new DocumentLinkTarget(reference.Span, AbstractUrl(reference.Id), $"Open arXiv:{reference.Id.VersionedId} on arxiv.org"));
        return links;
    }
}
