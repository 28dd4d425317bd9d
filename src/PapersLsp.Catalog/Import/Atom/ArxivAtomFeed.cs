namespace PapersLsp.Catalog.Import.Atom;

/// <summary>
/// A parsed arXiv API response. An empty feed has no entries and no errors; an error feed has
/// <see cref="Errors"/>; a malformed or truncated body keeps the entries read before the damage and says where in
/// <see cref="Malformed"/>.
/// </summary>
public sealed record ArxivAtomFeed(
    IReadOnlyList<ArxivAtomEntry> Entries,
    int? TotalResults,
    int? StartIndex,
    int? ItemsPerPage,
    IReadOnlyList<ArxivFeedError> Errors,
    IReadOnlyList<ImportProblem> Malformed)
{
    /// <summary>Reads a whole feed (feeds are small: at most a few hundred entries per page).</summary>
    public static ArxivAtomFeed Parse(Stream stream, string file = "arxiv-api", CancellationToken cancellationToken = default)
    {
        var entries = new List<ArxivAtomEntry>();
        var errors = new List<ArxivFeedError>();
        var malformed = new List<ImportProblem>();
        using var reader = new ArxivAtomReader(stream, file);
        while (reader.Next(cancellationToken) is { } item)
        {
            if (item.Entry is { } e) entries.Add(e);
            else if (item.Error is { } err) errors.Add(err);
            else if (item.Problem is { } p) malformed.Add(p);
        }
        return new ArxivAtomFeed(entries, reader.TotalResults, reader.StartIndex, reader.ItemsPerPage, errors, malformed);
    }

    /// <summary>True when the API answered with an error entry or the body could not be read to its end.</summary>
    public bool IsError => Errors.Count > 0 || Malformed.Count > 0;
}

/// <summary>Imports arXiv API Atom feeds; error entries and damaged XML become problems.</summary>
public sealed class AtomImporter : ICatalogImporter
{
    public CatalogFormat Format => CatalogFormat.Atom;

    public string SourceName => "atom";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        var sources = origin.Sources(SourceName);
        using var reader = new ArxivAtomReader(stream, origin.File);
        while (reader.Next(cancellationToken) is { } item)
        {
            if (item.Entry is { } e) yield return ImportItem.Of(e.ToPaperRecord(sources));
            else if (item.Error is { } err) yield return ImportItem.Of(origin.Problem(err.Line, "arXiv API error: " + err.Message));
            else if (item.Problem is { } p) yield return ImportItem.Of(p);
        }
    }
}
