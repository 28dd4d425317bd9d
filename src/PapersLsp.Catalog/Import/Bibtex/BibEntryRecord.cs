using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.Bibtex;

/// <summary>Maps a parsed BibTeX entry to a record; the arXiv id comes from whichever field carries one.</summary>
public static class BibEntryRecord
{
    /// <summary>The record, or null with the reason (an entry without a title is not a paper).</summary>
    public static PaperRecord? ToRecord(BibEntry entry, IReadOnlyList<PaperSource> sources, out string? problem)
    {
        problem = null;
        var title = PaperText.Collapse(entry["title"]);
        if (title is null)
        {
            problem = $"@{entry.Type}{{{entry.Key}}} has no title";
            return null;
        }
        var id = FindArxivId(entry);
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

    /// <summary>
    /// The id from <c>eprint</c> (when <c>archiveprefix</c>/<c>eprinttype</c> is arXiv or absent), Mendeley's
    /// <c>arxivid</c>, Google Scholar's <c>journal = {arXiv preprint arXiv:…}</c>, DBLP's <c>volume = {abs/…}</c>,
    /// or an arXiv URL/DOI in <c>url</c>, <c>doi</c>, <c>note</c>, <c>howpublished</c>.
    /// </summary>
    public static ArxivId? FindArxivId(BibEntry entry)
    {
        var archive = entry["archiveprefix"] ?? entry["eprinttype"];
        var eprintIsArxiv = archive is null || archive.Trim().Equals("arxiv", StringComparison.OrdinalIgnoreCase);
        if (eprintIsArxiv && ArxivIdFinder.Whole(entry["eprint"]) is { } fromEprint) return fromEprint;
        if (ArxivIdFinder.Whole(entry["arxivid"]) is { } fromMendeley) return fromMendeley;
        if (ArxivIdFinder.InText(entry["journal"]) is { } fromJournal) return fromJournal;
        if (entry["volume"] is { } volume && volume.TrimStart().StartsWith("abs/", StringComparison.OrdinalIgnoreCase)
            && ArxivIdFinder.Whole(volume) is { } fromDblp) return fromDblp;
        foreach (var field in (string[])["url", "doi", "note", "howpublished", "pdf", "eprint"])
            if (ArxivIdFinder.InText(entry[field]) is { } found) return found;
        return null;
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
