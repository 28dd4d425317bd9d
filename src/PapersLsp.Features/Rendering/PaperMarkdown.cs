using System.Text;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Features.Links;

namespace PapersLsp.Features.Rendering;

/// <summary>Renders a catalog paper as hover/completion Markdown. Every piece of catalog text is escaped.</summary>
public static class PaperMarkdown
{
    /// <summary>Authors shown in full up to this many; beyond, the first six, "…", the last and the count.</summary>
    public const int FullAuthorListLimit = 8;

    public static string Render(PaperRecord paper, ArxivId? cited = null, bool includeAbstract = true)
    {
        var sb = new StringBuilder();
        sb.Append("### ").Append(Text(paper.Title)).Append("\n\n");
        if (Authors(paper) is { Length: > 0 } authors) sb.Append(authors).Append("\n\n");
        var facts = Facts(paper, cited);
        if (facts.Count > 0) sb.Append(string.Join("  \n", facts)).Append("\n\n");
        if (includeAbstract && !string.IsNullOrWhiteSpace(paper.Abstract)) sb.Append(Text(paper.Abstract)).Append("\n\n");
        if (paper.ArxivId is { } id) sb.Append(LinkLine(cited ?? id));
        else if (paper.Links.FirstOrDefault(l => l.StartsWith("http", StringComparison.Ordinal)) is { } link) sb.Append(MarkdownText.Link("Link", link));
        return sb.ToString().TrimEnd();
    }

    /// <summary>Catalog text made readable (LaTeX rendered, math kept) and then escaped.</summary>
    public static string Text(string? text) => MarkdownText.Escape(LatexText.ToReadable(text));

    public static string Authors(PaperRecord paper)
    {
        var names = paper.Authors.Select(a => Text(a.Name)).ToArray();
        if (names.Length == 0)
            return paper.AuthorCount is { } n ? $"*{n} author{(n == 1 ? "" : "s")}*" : "";
        if (names.Length <= FullAuthorListLimit) return string.Join(", ", names);
        return $"{string.Join(", ", names.Take(6))}, …, {names[^1]} ({names.Length} authors)";
    }

    private static List<string> Facts(PaperRecord paper, ArxivId? cited)
    {
        var facts = new List<string>();
        var dates = new List<string>();
        if (paper.Published is { } published) dates.Add($"Submitted {published:yyyy-MM-dd}");
        if (paper.LatestVersion is { } latest && latest > 1)
            dates.Add(paper.Updated is { } updated ? $"latest v{latest} {updated:yyyy-MM-dd}" : $"latest v{latest}");
        if (dates.Count > 0) facts.Add(string.Join(" · ", dates));
        if (cited?.Version is { } v)
        {
            var version = paper.Versions.FirstOrDefault(x => x.Number == v);
            var when = version?.Date is { } d ? $" ({d:yyyy-MM-dd})" : "";
            facts.Add(paper.LatestVersion is { } latestKnown && v < latestKnown
                ? $"Cited version v{v}{when} is older than the latest, v{latestKnown}"
                : $"Cited version v{v}{when}");
        }
        // A category that escapes to nothing would leave "****", a thematic break.
        var categories = (paper.Categories.Count > 0 ? paper.Categories : paper.PrimaryCategory is { } p ? [p] : [])
            .Where(c => MarkdownText.Escape(c).Length > 0).ToArray();
        if (categories.Length > 0)
        {
            var primary = paper.PrimaryCategory is { } given && MarkdownText.Escape(given).Length > 0 ? given : categories[0];
            var others = categories.Where(c => c != primary).Select(MarkdownText.Escape);
            facts.Add($"**{MarkdownText.Escape(primary)}**{string.Concat(others.Select(o => " · " + o))}");
        }
        if (!string.IsNullOrWhiteSpace(paper.JournalRef)) facts.Add($"Published in {Text(paper.JournalRef)}");
        if (!string.IsNullOrWhiteSpace(paper.Doi)) facts.Add("DOI " + MarkdownText.Link(paper.Doi, $"https://doi.org/{Uri.EscapeDataString(paper.Doi).Replace("%2F", "/", StringComparison.Ordinal)}"));
        return facts;
    }

    /// <summary>Abstract, PDF, HTML and Hugging Face links for an id.</summary>
    public static string LinkLine(ArxivId id) => string.Join(" · ",
        MarkdownText.Link("Abstract", ArxivLinks.AbstractUrl(id)),
        MarkdownText.Link("PDF", ArxivLinks.PdfUrl(id)),
        MarkdownText.Link("HTML", ArxivLinks.HtmlUrl(id)),
        MarkdownText.Link("Hugging Face", ArxivLinks.HuggingFaceUrl(id)));
}
