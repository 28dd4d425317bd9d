using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Catalog;

/// <summary>A search hit with a relevance score (higher is better).</summary>
public sealed record PaperMatch(PaperRecord Paper, double Score);

/// <summary>How an upsert went.</summary>
public sealed record UpsertResult(int Added, int Updated, int Unchanged);

/// <summary>Counts for <c>catalog stats</c> and the status bar.</summary>
public sealed record CatalogStats(long Papers, long WithArxivId, long WithAbstract, IReadOnlyDictionary<string, long> BySource, string? Location);

/// <summary>
/// The paper catalog port. The embedded default is SQLite; tests use <see cref="InMemoryPaperCatalog"/>.
/// Implementations are safe to call from several threads.
/// </summary>
public interface IPaperCatalog
{
    /// <summary>The paper with this id (the version is ignored for lookup), or null.</summary>
    PaperRecord? Get(ArxivId id);

    /// <summary>The paper with this catalog key (arXiv id without version, or <c>title:…</c>), or null.</summary>
    PaperRecord? GetByKey(string key);

    /// <summary>
    /// Ranked free-text search over title, authors and id. Typed words may be partial (prefixes), out of order,
    /// and carry a typo; an exact id prefix ranks first. User text is data, never query syntax.
    /// </summary>
    IReadOnlyList<PaperMatch> Search(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Inserts or merges records in one transaction: the same paper from several sources becomes one record, richer fields win.</summary>
    UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="Upsert"/> for a large import run on its own (the command line's): a store may write faster when it
    /// can have the catalog to itself, and tells <paramref name="report"/> when it cannot.
    /// </summary>
    UpsertResult BulkUpsert(IEnumerable<PaperRecord> records, Action<string>? report = null, CancellationToken cancellationToken = default) =>
        Upsert(records, cancellationToken);

    /// <summary>Removes what one source contributed; papers with no other source go. Returns the papers removed.</summary>
    int RemoveSource(string sourceName);

    CatalogStats GetStats();

    /// <summary>
    /// For each of <paramref name="keys"/> the catalog holds, its latest known version (null when no version is
    /// known); keys it lacks are absent. Many keys in one lookup, for checking every reference of a document.
    /// </summary>
    IReadOnlyDictionary<string, int?> LatestVersions(IReadOnlyCollection<string> keys)
    {
        var found = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var key in keys)
            if (GetByKey(key) is { } paper) found[key] = paper.LatestVersion;
        return found;
    }

    /// <summary>
    /// A number that moves whenever the content may have changed — also through another process writing the same
    /// store — so answers derived from the catalog can be kept until it moves. Catalogs that cannot tell return 0,
    /// and then nothing derived from them should be kept.
    /// </summary>
    long Revision => 0;

    /// <summary>The file the catalog lives in, or null for one that lives only in memory.</summary>
    string? Location => null;

    /// <summary>Raised after a write commits (by this process).</summary>
    event EventHandler? Changed;
}
