using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import;

/// <summary>The catalog key every importer gives a record: the versionless id, else the title key.</summary>
public static class PaperKeys
{
    public static string For(ArxivId? id, string title) => id is not null ? id.Id : PaperRecord.TitleKey(title);
}
