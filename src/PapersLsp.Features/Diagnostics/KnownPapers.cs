using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Diagnostics;

/// <summary>
/// Which arXiv ids the catalog holds, with their latest versions, remembered until the catalog changes: a keystroke
/// re-checks a document's thousands of references with dictionary lookups, and asks the catalog (in one call) only
/// about ids it has not seen since the last change.
/// </summary>
public sealed class KnownPapers
{
    private readonly Lock _gate = new();
    private Dictionary<string, int?> _known = new(StringComparer.Ordinal);
    private HashSet<string> _unknown = new(StringComparer.Ordinal);
    private long _revision;

    public KnownPapers(IPaperCatalog catalog)
    {
        Catalog = catalog;
        _revision = catalog.Revision;
    }

    public IPaperCatalog Catalog { get; }

    /// <summary>The answers for <paramref name="ids"/>: an id present in the result is in the catalog, with its latest version.</summary>
    public IReadOnlyDictionary<string, int?> Lookup(IEnumerable<ArxivId> ids)
    {
        var revision = Catalog.Revision;
        Dictionary<string, int?> known;
        HashSet<string> unknown;
        lock (_gate)
        {
            if (revision != _revision || revision == 0)
            {
                // A catalog that cannot tell its revision (0) is asked every time: nothing is remembered.
                _known = new(StringComparer.Ordinal);
                _unknown = new(StringComparer.Ordinal);
                _revision = revision;
            }
            (known, unknown) = (_known, _unknown);
        }

        var answer = new Dictionary<string, int?>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        lock (_gate)
            foreach (var id in ids)
            {
                if (known.TryGetValue(id.Id, out var latest)) answer[id.Id] = latest;
                else if (!unknown.Contains(id.Id)) missing.Add(id.Id);
            }
        if (missing.Count == 0) return answer;

        var found = Catalog.LatestVersions(missing);
        lock (_gate)
            foreach (var key in missing)
            {
                if (found.TryGetValue(key, out var latest))
                {
                    answer[key] = latest;
                    known[key] = latest;
                }
                else unknown.Add(key);
            }
        return answer;
    }
}
