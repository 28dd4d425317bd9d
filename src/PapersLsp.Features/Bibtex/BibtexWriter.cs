using PapersLsp.Core.Catalog;
using PapersLsp.Core.Settings;

namespace PapersLsp.Features.Bibtex;

/// <summary>Writes the BibTeX entry for a catalog paper in the style the user chose.</summary>
public static class BibtexWriter
{
    /// <summary>
    /// The entry for <paramref name="paper"/> under <paramref name="key"/>, without a trailing newline (as arXiv
    /// gives it): arXiv's own export shape, or a biblatex <c>@online</c> entry. Papers without an arXiv id get a
    /// <c>@misc</c> entry with what the catalog knows (title, authors, year, link).
    /// </summary>
    public static string Write(PaperRecord paper, BibtexStyle style, string key) => style switch
    {
        BibtexStyle.Biblatex => BiblatexFormat.Write(paper, key),
        _ => ArxivExportFormat.Write(paper, key),
    };
}
