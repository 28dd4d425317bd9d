using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.Atom;

/// <summary>A link of an Atom entry (<c>rel="alternate"</c> is the abstract page, <c>title="pdf"</c> the PDF).</summary>
public sealed record AtomLink(string Href, string? Rel, string? Title, string? Type);

/// <summary>An author of an arXiv Atom entry.</summary>
public sealed record AtomAuthor(string Name, IReadOnlyList<string> Affiliations);

/// <summary>One paper of an arXiv API feed, as the feed gives it (title and summary whitespace-normalised).</summary>
public sealed record ArxivAtomEntry(
    ArxivId Id,
    string Title,
    string? Summary,
    IReadOnlyList<AtomAuthor> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? PrimaryCategory,
    IReadOnlyList<string> Categories,
    string? Doi,
    string? JournalRef,
    string? Comment,
    IReadOnlyList<AtomLink> Links,
    int Line)
{
    /// <summary>The entry as a catalog record; the feed's id carries the latest version, whose date is <see cref="Updated"/>.</summary>
    public PaperRecord ToPaperRecord(IReadOnlyList<PaperSource> sources)
    {
        var published = Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var updated = Updated is { } u ? DateOnly.FromDateTime(u.UtcDateTime) : (DateOnly?)null;
        var versions = new List<PaperVersion>();
        if (published is not null || Id.Version is not null) versions.Add(new PaperVersion(1, published));
        if (Id.Version is > 1 and var latest) versions.Add(new PaperVersion(latest, updated));
        return new PaperRecord
        {
            Key = Id.Id,
            ArxivId = Id.WithoutVersion(),
            Title = Title,
            Authors = [.. Authors.Select(a => new PaperAuthor(a.Name))],
            Abstract = Summary,
            PrimaryCategory = PrimaryCategory,
            Categories = Categories,
            Versions = versions,
            LatestVersion = Id.Version,
            Published = published,
            Updated = updated,
            Doi = Doi,
            JournalRef = JournalRef,
            Comments = Comment,
            Links = [.. Links.Select(l => l.Href)],
            Sources = sources,
        };
    }
}

/// <summary>An error the API reports as a feed entry (<c>&lt;title&gt;Error&lt;/title&gt;</c>, id <c>…/api/errors#…</c>).</summary>
public sealed record ArxivFeedError(string Message, string? ErrorId, int Line);
