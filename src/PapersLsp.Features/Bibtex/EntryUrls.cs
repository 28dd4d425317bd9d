using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>The DOI and URL an entry may carry, only when they are safe in a verbatim BibTeX field.</summary>
public static class EntryUrls
{
    /// <summary>The paper's own DOI without resolver prefix (<c>10.1126/science.1252319</c>), or null.</summary>
    public static string? Doi(PaperRecord paper)
    {
        var doi = paper.Doi?.Trim();
        if (string.IsNullOrEmpty(doi)) return null;
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) doi = doi[prefix.Length..];
        return IsVerbatimSafe(doi) && doi.StartsWith("10.", StringComparison.Ordinal) ? doi : null;
    }

    /// <summary>The arXiv abstract page for papers with an id, else the first safe link the catalog knows.</summary>
    public static string? Url(PaperRecord paper) =>
        paper.ArxivId is { } id
            ? "https://arxiv.org/abs/" + id.Id
            : paper.Links.FirstOrDefault(l => l.StartsWith("http", StringComparison.OrdinalIgnoreCase) && IsVerbatimSafe(l));

    /// <summary>No whitespace, braces, backslashes or <c>%</c>: characters that end or corrupt a verbatim field in bibtex, biber or LaTeX.</summary>
    private static bool IsVerbatimSafe(string text) =>
        text.Length > 0 && !text.Any(c => char.IsWhiteSpace(c) || c is '{' or '}' or '\\' or '%' or '#' || char.IsControl(c));
}
