using System.Text;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// The entry arXiv's "Export BibTeX citation" link gives (https://arxiv.org/bibtex/ID), byte for byte in shape:
/// six-space indent, <c>field={value},</c>, a space after the commas of <c>title</c> and <c>url</c>, <c>doi</c>
/// only when the paper has one, and no newline after the closing brace. A paper the catalog knows no authors for
/// gets a <c>key</c> field in the author's place so that bibtex can still sort it.
/// </summary>
/// <remarks>
/// Source: <c>arxiv_bibtex</c> in browse/formatting/cite.py of arXiv/arxiv-browse, checked against exports
/// quoted in READMEs (for example <c>vaswani2023attentionneed</c>, <c>dosovitskiy2021imageworth16x16words</c>).
/// Values are arXiv's text with whitespace collapsed; they also pass through <see cref="TexText.Escape"/>, which
/// leaves arXiv's own (TeX) metadata unchanged but repairs text from other sources so the entry compiles.
/// </remarks>
public static class ArxivExportFormat
{
    private const string Indent = "      ";

    public static string Write(PaperRecord paper, string key)
    {
        var entry = new StringBuilder(512);
        entry.Append("@misc{").Append(key).Append(",\n");
        entry.Append(Indent).Append("title={").Append(Value(paper.Title)).Append("}, \n");
        var authors = AuthorText.Named(paper);
        if (authors.Count > 0)
            entry.Append(Indent).Append("author={").Append(Authors(authors)).Append("},\n");
        else // bibtex's standard styles cannot sort an entry with neither author nor key ("to sort, need author or key").
            entry.Append(Indent).Append("key={").Append(Value(paper.Title)).Append("},\n");
        if (PaperYear.LatestVersion(paper) is { } year)
            entry.Append(Indent).Append("year={").Append(year).Append("},\n");
        if (paper.ArxivId is { } id)
        {
            entry.Append(Indent).Append("eprint={").Append(id.Id).Append("},\n");
            entry.Append(Indent).Append("archivePrefix={arXiv},\n");
            // arXiv writes "unknown" without a class; a catalog gap should not put that into a user's .bib.
            if (!string.IsNullOrWhiteSpace(paper.PrimaryCategory))
                entry.Append(Indent).Append("primaryClass={").Append(paper.PrimaryCategory.Trim()).Append("},\n");
        }
        if (EntryUrls.Doi(paper) is { } doi)
            entry.Append(Indent).Append("doi={https://doi.org/").Append(doi).Append("},\n");
        if (EntryUrls.Url(paper) is { } url)
            entry.Append(Indent).Append("url={").Append(url).Append("}, \n");
        return entry.Append('}').ToString();
    }

    private static string Authors(IReadOnlyList<PaperAuthor> authors) =>
        string.Join(" and ", authors.Select(a => Value(ArxivAuthorName.Parse(AuthorText.Display(a)).Display)));

    private static string Value(string text) => TexText.Escape(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
