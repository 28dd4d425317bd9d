using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>Builds catalog records for the tests.</summary>
internal static class Papers
{
    public static PaperRecord Arxiv(string id, string title, string[] authors, string? category = null,
        DateOnly? published = null, DateOnly? updated = null, string? doi = null)
    {
        Assert.True(ArxivId.TryParse(id, out var arxivId), id);
        return new PaperRecord
        {
            Key = arxivId.Id,
            ArxivId = arxivId,
            Title = title,
            Authors = [.. authors.Select(a => new PaperAuthor(a))],
            PrimaryCategory = category,
            Published = published,
            Updated = updated,
            Doi = doi,
        };
    }

    public static PaperRecord TitleOnly(string title, string[]? authors = null, DateOnly? published = null, string? link = null) => new()
    {
        Key = PaperRecord.TitleKey(title),
        Title = title,
        Authors = [.. (authors ?? []).Select(a => new PaperAuthor(a))],
        Published = published,
        Links = link is null ? [] : [link],
    };
}
