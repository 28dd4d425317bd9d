using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>The years a BibTeX entry or key can carry for a paper.</summary>
public static class PaperYear
{
    /// <summary>
    /// The year of the latest version, which is what arXiv's export writes (<c>vaswani2023attentionneed</c> for a
    /// 2017 paper revised in 2023); falls back to the first version, then to the month encoded in the id.
    /// </summary>
    public static int? LatestVersion(PaperRecord paper) =>
        paper.Updated?.Year
        ?? paper.Versions.Where(v => v.Date is not null).MaxBy(v => v.Number)?.Date?.Year
        ?? FirstVersion(paper);

    /// <summary>The year of the first version (publication as a preprint), else the one encoded in the id.</summary>
    public static int? FirstVersion(PaperRecord paper) =>
        paper.Published?.Year
        ?? paper.Versions.Where(v => v.Date is not null).MinBy(v => v.Number)?.Date?.Year
        ?? paper.ArxivId?.YearMonth.Year
        ?? paper.Updated?.Year;
}
