using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Diagnostics;

/// <summary>
/// Which arXiv ids the catalog holds, with their latest versions, remembered until the catalog changes: a keystroke
/// re-checks a document's thousands of references with dictionary lookups, and asks the catalog (in one call) only
/// about ids it has not seen since the last change.
/// </summary>
public sealed class KnownPapers(IPaperCatalog catalog)
{
    private readonly Lock _gate = new();
    private Dictionary<string, Answer> _remembered = new(StringComparer.Ordinal);
    private long _revision = catalog.Revision;

    public IPaperCatalog Catalog { get; } = catalog;

    /// <summary>The answers for <paramref name="ids"/>: an id present in the result is in the catalog, with its latest version.</summary>
    public IReadOnlyDictionary<string, int?> Lookup(IEnumerable<ArxivId> ids)
    {
        var revision = Catalog.Revision;
        var answer = new Dictionary<string, int?>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, Answer> remembered;
        lock (_gate)
        {
            // A catalog that cannot tell its revision (0) is asked every time: nothing is remembered.
            if (revision != _revision || revision == 0) (_remembered, _revision) = (new(StringComparer.Ordinal), revision);
            remembered = _remembered;
            foreach (var id in ids)
            {
                if (!remembered.TryGetValue(id.Id, out var known)) missing.Add(id.Id);
                else if (known.InCatalog) answer[id.Id] = known.Latest;
            }
        }
        if (missing.Count == 0) return answer;

        var found = Catalog.LatestVersions(missing);
        lock (_gate)
            foreach (var key in missing)
            {
                var inCatalog = found.TryGetValue(key, out var latest);
                remembered[key] = new Answer(inCatalog, latest);
                if (inCatalog) answer[key] = latest;
            }
        return answer;
    }

    private readonly record struct Answer(bool InCatalog, int? Latest);
}
