using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Catalog;

/// <summary>Finding a paper from what a person types or pastes.</summary>
public static class CatalogLookup
{
    /// <summary>By arXiv id (<c>2410.15661</c>, <c>arXiv:2410.15661v2</c>, <c>hep-th/9901001</c>) or by catalog key.</summary>
    public static PaperRecord? Find(this IPaperCatalog catalog, string idOrKey) =>
        ArxivId.TryParseTyped(idOrKey, out var id) ? catalog.Get(id) : catalog.GetByKey(idOrKey.Trim());
}
