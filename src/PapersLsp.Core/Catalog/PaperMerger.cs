namespace PapersLsp.Core.Catalog;

/// <summary>
/// Merges two records of the same paper (same key) from different sources or imports into one: non-empty and richer
/// fields win, lists are unioned, dates widen. Deterministic; on a tie the existing record's value is kept.
/// </summary>
public static class PaperMerger
{
    /// <summary>Merges <paramref name="incoming"/> into <paramref name="existing"/>; both must share the key.</summary>
    public static PaperRecord Merge(PaperRecord existing, PaperRecord incoming)
    {
        if (!string.Equals(existing.Key, incoming.Key, StringComparison.Ordinal))
            throw new ArgumentException($"Cannot merge records with different keys ({existing.Key}, {incoming.Key}).", nameof(incoming));

        var versions = MergeVersions(existing.Versions, incoming.Versions);
        var latest = Max(Max(existing.LatestVersion, incoming.LatestVersion), versions.Count > 0 ? versions[^1].Number : null);
        var primary = Richer(existing.PrimaryCategory, incoming.PrimaryCategory);
        return new PaperRecord
        {
            Key = existing.Key,
            ArxivId = (existing.ArxivId ?? incoming.ArxivId)?.WithoutVersion(),
            Title = Richer(existing.Title, incoming.Title) ?? existing.Title,
            Authors = RicherAuthors(existing.Authors, incoming.Authors),
            AuthorCount = Max(existing.AuthorCount, incoming.AuthorCount),
            Abstract = Richer(existing.Abstract, incoming.Abstract),
            PrimaryCategory = primary,
            Categories = MergeCategories(primary, existing.Categories, incoming.Categories),
            Versions = versions,
            LatestVersion = latest,
            Published = Min(existing.Published, incoming.Published),
            Updated = Max(existing.Updated, incoming.Updated),
            Doi = Richer(existing.Doi, incoming.Doi),
            JournalRef = Richer(existing.JournalRef, incoming.JournalRef),
            Comments = Richer(existing.Comments, incoming.Comments),
            Links = Union(existing.Links, incoming.Links),
            Sources = MergeSources(existing.Sources, incoming.Sources),
        };
    }

    /// <summary>True when the two records hold the same data; source import times are ignored (a re-import changes nothing).</summary>
    public static bool HaveSameContent(PaperRecord a, PaperRecord b) =>
        a.Key == b.Key && Equals(a.ArxivId, b.ArxivId) && a.Title == b.Title && a.Authors.SequenceEqual(b.Authors)
        && a.AuthorCount == b.AuthorCount && a.Abstract == b.Abstract && a.PrimaryCategory == b.PrimaryCategory
        && a.Categories.SequenceEqual(b.Categories) && a.Versions.SequenceEqual(b.Versions) && a.LatestVersion == b.LatestVersion
        && a.Published == b.Published && a.Updated == b.Updated && a.Doi == b.Doi && a.JournalRef == b.JournalRef
        && a.Comments == b.Comments && a.Links.SequenceEqual(b.Links)
        && a.Sources.Select(s => (s.Name, s.File)).SequenceEqual(b.Sources.Select(s => (s.Name, s.File)));

    /// <summary>The non-blank value; when both are, the longer (a truncated or abbreviated field loses).</summary>
    private static string? Richer(string? existing, string? incoming)
    {
        if (string.IsNullOrWhiteSpace(incoming)) return string.IsNullOrWhiteSpace(existing) ? existing ?? incoming : existing;
        if (string.IsNullOrWhiteSpace(existing)) return incoming;
        return incoming.Trim().Length > existing.Trim().Length ? incoming : existing;
    }

    /// <summary>More authors win (a full list beats "et al." truncation); at equal length, more given/family splits win.</summary>
    private static IReadOnlyList<PaperAuthor> RicherAuthors(IReadOnlyList<PaperAuthor> existing, IReadOnlyList<PaperAuthor> incoming)
    {
        if (incoming.Count != existing.Count) return incoming.Count > existing.Count ? incoming : existing;
        return SplitCount(incoming) > SplitCount(existing) ? incoming : existing;
    }

    private static int SplitCount(IReadOnlyList<PaperAuthor> authors) => authors.Count(a => a.Family is not null);

    private static IReadOnlyList<PaperVersion> MergeVersions(IReadOnlyList<PaperVersion> a, IReadOnlyList<PaperVersion> b)
    {
        if (b.Count == 0 && IsSorted(a)) return a;
        var byNumber = new SortedDictionary<int, DateOnly?>();
        foreach (var v in a.Concat(b))
            byNumber[v.Number] = byNumber.TryGetValue(v.Number, out var known) && known is not null ? known : v.Date;
        return byNumber.Select(kv => new PaperVersion(kv.Key, kv.Value)).ToArray();
    }

    private static bool IsSorted(IReadOnlyList<PaperVersion> versions)
    {
        for (var i = 1; i < versions.Count; i++)
            if (versions[i].Number <= versions[i - 1].Number) return false;
        return true;
    }

    private static IReadOnlyList<string> MergeCategories(string? primary, IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var union = Union(a, b);
        if (primary is null || union.Count == 0 || union[0] == primary || !union.Contains(primary)) return union;
        return [primary, .. union.Where(c => c != primary)];
    }

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (b.Count == 0) return a;
        if (a.Count == 0) return b;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return a.Concat(b).Where(seen.Add).ToArray();
    }

    private static List<PaperSource> MergeSources(IReadOnlyList<PaperSource> a, IReadOnlyList<PaperSource> b)
    {
        var merged = new List<PaperSource>(a.Count + b.Count);
        foreach (var source in a.Concat(b))
        {
            var at = merged.FindIndex(s => s.Name == source.Name && s.File == source.File);
            if (at < 0) merged.Add(source);
            else if (source.ImportedAt > merged[at].ImportedAt) merged[at] = source;
        }
        return merged;
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
