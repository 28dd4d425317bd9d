using System.Globalization;
using System.Text;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// A biblatex entry in the shape Better BibLaTeX exports for arXiv preprints (tests/corpus/zotero/bbt-2911 and
/// bbt-460): <c>@online</c> with <c>eprint</c>, <c>eprinttype</c>, <c>eprintclass</c>, an ISO <c>date</c>, a
/// <c>doi</c> (the journal's, else arXiv's <c>10.48550/arXiv.ID</c>), <c>url</c> and <c>pubstate = {prepublished}</c>
/// when there is no journal DOI. Names are <c>Family, Given</c>; acronyms in titles are braced. No abstract.
/// </summary>
public static class BiblatexFormat
{
    public static string Write(PaperRecord paper, string key)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("title", TitleCaseProtection.Protect(TexText.Escape(Collapse(paper.Title)))),
        };
        var authors = AuthorText.Named(paper);
        if (authors.Count > 0)
            fields.Add(("author", string.Join(" and ", authors.Select(a => BibtexName.From(a).ToBibtex()))));
        if (Date(paper) is { } date) fields.Add(("date", date));
        var journalDoi = EntryUrls.Doi(paper);
        if (paper.ArxivId is { } id)
        {
            fields.Add(("eprint", id.Id));
            fields.Add(("eprinttype", "arxiv"));
            if (!string.IsNullOrWhiteSpace(paper.PrimaryCategory)) fields.Add(("eprintclass", paper.PrimaryCategory.Trim()));
            fields.Add(("doi", journalDoi ?? "10.48550/arXiv." + id.Id));
        }
        else if (journalDoi is not null) fields.Add(("doi", journalDoi));
        if (EntryUrls.Url(paper) is { } url) fields.Add(("url", url));
        if (paper.ArxivId is not null && journalDoi is null) fields.Add(("pubstate", "prepublished"));

        var entry = new StringBuilder(512);
        entry.Append(paper.ArxivId is null ? "@misc{" : "@online{").Append(key).Append(",\n");
        entry.AppendJoin(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}"));
        return entry.Append("\n}").ToString();
    }

    /// <summary>The first version's day when known (<c>2020-07-22</c>), else the year and month of the id, else a year.</summary>
    private static string? Date(PaperRecord paper)
    {
        var first = paper.Published ?? paper.Versions.Where(v => v.Date is not null).MinBy(v => v.Number)?.Date;
        if (first is { } day) return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (paper.ArxivId is { } id) return $"{id.YearMonth.Year:D4}-{id.YearMonth.Month:D2}";
        return PaperYear.FirstVersion(paper)?.ToString(CultureInfo.InvariantCulture);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
