using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PapersLsp.Catalog.Import.HfJson;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.HfHtml;

/// <summary>
/// Imports huggingface.co/papers HTML (daily listings and single-paper pages). The pages hydrate Svelte components
/// from JSON in <c>data-props</c> attributes, which carry the full papers; the server-rendered markup (paper links in
/// headings, the paper page's title and abstract) fills in papers the props lack.
/// </summary>
public sealed class HfHtmlImporter : ICatalogImporter
{
    public CatalogFormat Format => CatalogFormat.HfHtml;

    public string SourceName => "hf-html";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        var sources = origin.Sources(SourceName);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(stream);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var element in document.QuerySelectorAll("[data-props]"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = element.SourceReference?.Position.Line ?? 0;
            JsonDocument? props = null;
            string? error = null;
            try
            {
                props = JsonDocument.Parse(element.GetAttribute("data-props") ?? "");
            }
            catch (JsonException e)
            {
                error = "data-props is not valid JSON: " + e.Message;
            }
            if (props is null)
            {
                yield return ImportItem.Of(origin.Problem(line, error ?? "data-props is empty"));
                continue;
            }
            using (props)
            {
                foreach (var (paper, outer) in Papers(props.RootElement, null))
                {
                    var record = HfPaperJson.ToRecord(paper, outer, sources, out var problem);
                    if (record is null) yield return ImportItem.Of(origin.Problem(line, problem ?? "unreadable paper"));
                    else if (seen.Add(record.Key)) yield return ImportItem.Of(record);
                }
            }
        }

        foreach (var record in MarkupPapers(document, sources))
            if (seen.Add(record.Key)) yield return ImportItem.Of(record);
    }

    /// <summary>Every object shaped like an HF paper, with the daily-papers wrapper it sits in (if any).</summary>
    private static IEnumerable<(JsonElement Paper, JsonElement? Outer)> Papers(JsonElement node, JsonElement? parent)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (HfPaperJson.LooksLikePaper(node))
            {
                yield return (node, parent);
                yield break;
            }
            foreach (var property in node.EnumerateObject())
                foreach (var found in Papers(property.Value, property.Name == "paper" ? node : null))
                    yield return found;
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
                foreach (var found in Papers(item, null))
                    yield return found;
        }
    }

    /// <summary>Papers visible in the markup: listing cards link their heading to <c>/papers/ID</c>; a paper page has one <c>h1</c>.</summary>
    private static IEnumerable<PaperRecord> MarkupPapers(IDocument document, IReadOnlyList<PaperSource> sources)
    {
        foreach (var anchor in document.QuerySelectorAll("h1 a[href], h2 a[href], h3 a[href]"))
        {
            var id = PaperIdFromHref(anchor.GetAttribute("href"));
            var title = PaperText.Collapse(anchor.TextContent);
            if (id is not null && title is not null) yield return Record(id, title, null, sources);
        }

        var headings = document.QuerySelectorAll("h1");
        if (headings.Length != 1) yield break;
        var pageTitle = PaperText.Collapse(headings[0].TextContent);
        var pageId = PaperIdFromHref(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"))
            ?? document.QuerySelectorAll("a[href]").Select(a => ArxivIdFinder.InText(a.GetAttribute("href"))).FirstOrDefault(i => i is not null);
        if (pageTitle is null || pageId is null) yield break;
        var abstractHeading = document.QuerySelectorAll("h2").FirstOrDefault(h => h.TextContent.Trim() == "Abstract");
        var abstractText = PaperText.Collapse(abstractHeading?.NextElementSibling?.TextContent);
        yield return Record(pageId, pageTitle, abstractText, sources);
    }

    private static PaperRecord Record(ArxivId id, string title, string? abstractText, IReadOnlyList<PaperSource> sources) => new()
    {
        Key = id.Id,
        ArxivId = id.WithoutVersion(),
        Title = title,
        Abstract = abstractText,
        Links = [$"https://huggingface.co/papers/{id.Id}"],
        Sources = sources,
    };

    /// <summary>The id of <c>/papers/2410.17243</c> or <c>https://huggingface.co/papers/2410.17243#community</c>.</summary>
    public static ArxivId? PaperIdFromHref(string? href)
    {
        if (href is null) return null;
        var at = href.IndexOf("/papers/", StringComparison.Ordinal);
        if (at < 0 || (at > 0 && !href.Contains("huggingface.co/papers/", StringComparison.Ordinal))) return null;
        var rest = href.AsSpan(at + "/papers/".Length);
        var end = rest.IndexOfAny('#', '?', '/');
        if (end >= 0) rest = rest[..end];
        return ArxivId.TryParse(rest, out var id, out _) ? id : null;
    }
}
