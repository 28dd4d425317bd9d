using System.Globalization;
using System.Text.Json;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.HfJson;

/// <summary>
/// Maps Hugging Face's paper JSON (<c>{"id":"2410.17243","title":…,"summary":…,"authors":[{"name":…}],"publishedAt":…}</c>),
/// as served by <c>api/daily_papers</c> and embedded in the pages' <c>data-props</c>, to a record.
/// </summary>
public static class HfPaperJson
{
    /// <summary>True when the object has the shape of an HF paper: an arXiv id and a title.</summary>
    public static bool LooksLikePaper(JsonElement paper) =>
        paper.ValueKind == JsonValueKind.Object
        && String(paper, "id") is { } id && ArxivId.TryParse(id, out _)
        && String(paper, "title") is not null;

    /// <summary>The record, or null with the reason. <paramref name="outer"/> is the daily-papers wrapper, whose fields fill gaps.</summary>
    public static PaperRecord? ToRecord(JsonElement paper, JsonElement? outer, IReadOnlyList<PaperSource> sources, out string? problem)
    {
        problem = null;
        if (paper.ValueKind != JsonValueKind.Object)
        {
            problem = "the paper is not a JSON object";
            return null;
        }
        var idText = String(paper, "id");
        if (!ArxivId.TryParse(idText, out var id))
        {
            problem = idText is null ? "the paper has no id" : $"'{idText}' is not an arXiv id";
            return null;
        }
        var title = PaperText.Collapse(String(paper, "title") ?? (outer is { } o ? String(o, "title") : null));
        if (title is null)
        {
            problem = $"{id}: the paper has no title";
            return null;
        }
        var published = Date(String(paper, "publishedAt") ?? (outer is { } o2 ? String(o2, "publishedAt") : null));
        return new PaperRecord
        {
            Key = id.Id,
            ArxivId = id.WithoutVersion(),
            Title = title,
            Authors = Authors(paper),
            Abstract = PaperText.Collapse(String(paper, "summary")),
            Published = published,
            Versions = published is { } p ? [new PaperVersion(1, p)] : [],
            LatestVersion = id.Version,
            Links = [$"https://huggingface.co/papers/{id.Id}"],
            Sources = sources,
        };
    }

    private static List<PaperAuthor> Authors(JsonElement paper)
    {
        var authors = new List<PaperAuthor>();
        if (!paper.TryGetProperty("authors", out var list) || list.ValueKind != JsonValueKind.Array) return authors;
        foreach (var author in list.EnumerateArray())
        {
            var name = author.ValueKind == JsonValueKind.String ? author.GetString() : String(author, "name");
            if (author.ValueKind == JsonValueKind.Object && author.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True) continue;
            if (PaperText.Collapse(name) is { } clean) authors.Add(new PaperAuthor(clean));
        }
        return authors;
    }

    internal static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? DateOnly.FromDateTime(d.UtcDateTime) : null;
}
