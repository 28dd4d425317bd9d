using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.Bibtex;

/// <summary>
/// Maps a parsed BibTeX entry to a record. The arXiv id is the one the editor reads off the same entry
/// (<see cref="BibArxivExtractor.FirstReference"/>), so import and editor agree on every .bib file.
/// </summary>
public static class BibEntryRecord
{
    /// <summary>The record of <paramref name="entry"/>, parsed from <paramref name="text"/>, or null with the reason (an entry without a title is not a paper).</summary>
    public static PaperRecord? ToRecord(string text, BibEntry entry, IReadOnlyList<PaperSource> sources, out string? problem)
    {
        problem = null;
        var title = PaperText.Collapse(entry["title"]);
        if (title is null)
        {
            problem = $"@{entry.Type}{{{entry.Key}}} has no title";
            return null;
        }
        var id = BibArxivExtractor.FirstReference(text, entry)?.Id;
        var classes = (entry["primaryclass"] ?? entry["eprintclass"])?
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var doi = PaperText.Collapse(entry["doi"]);
        var url = PaperText.Collapse(entry["url"]);
        return new PaperRecord
        {
            Key = id?.Id ?? PaperRecord.TitleKey(title),
            ArxivId = id?.WithoutVersion(),
            LatestVersion = id?.Version,
            Title = title,
            Authors = PersonName.SplitBibtexAuthors(entry["author"]),
            Abstract = PaperText.Collapse(entry["abstract"]),
            PrimaryCategory = id is not null && classes.Length > 0 ? classes[0] : null,
            Categories = id is not null ? classes : [],
            // arXiv's own DataCite DOI (10.48550/arXiv.…) names the preprint, not a publication.
            Doi = doi is not null && ArxivIdFinder.InText(doi) is null ? doi : null,
            JournalRef = JournalRef(entry),
            Links = url is not null ? [url] : [],
            Sources = sources,
        };
    }

    private static string? JournalRef(BibEntry entry)
    {
        var journal = PaperText.Collapse(entry["journal"] ?? entry["journaltitle"]);
        if (journal is null || ArxivIdFinder.InText(journal) is not null
            || journal.Equals("CoRR", StringComparison.OrdinalIgnoreCase)
            || journal.Contains("arxiv", StringComparison.OrdinalIgnoreCase)) return null;
        var text = journal;
        if (PaperText.Collapse(entry["volume"]) is { } volume) text += " " + volume;
        if (PaperText.Collapse(entry["pages"]) is { } pages) text += ", " + pages;
        if (PaperText.Collapse(entry["year"]) is { } year) text += $" ({year})";
        return text;
    }
}
