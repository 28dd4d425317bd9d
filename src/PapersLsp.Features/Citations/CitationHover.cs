using System.Text;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Hover;
using PapersLsp.Features.Links;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Citations;

/// <summary>Hover on a citation key (or an entry's key in a .bib): the entry rendered readably, plus the catalog abstract when it has an arXiv id.</summary>
public static class CitationHover
{
    public static HoverContent? Create(WorkspaceSnapshot snapshot, TextDocument document, int offset, IPaperCatalog catalog)
    {
        var target = CitationTarget.At(document, offset);
        if (target is null) return null;
        var definitions = target.IsDefinition
            ? document.Semantics.Bib.Entries.Where(e => e.Key == target.Key).Select(e => new LocatedBibEntry(document, e)).ToArray()
            : CitationTarget.Definitions(snapshot, document, target.Key);
        if (definitions.Count == 0)
            return new HoverContent(target.Span, $"**{MarkdownText.Escape(target.Key)}** is not defined in the bibliographies of this document.");
        var (bib, entry) = definitions[0];
        var sb = new StringBuilder(Render(entry));
        if (BibEntryFacts.ArxivIdOf(bib, entry) is { } id)
        {
            var paper = catalog.Get(id);
            if (paper?.Abstract is { Length: > 0 } summary) sb.Append("\n\n").Append(PaperMarkdown.Text(summary));
            sb.Append("\n\n").Append(PaperMarkdown.LinkLine(id));
        }
        else if (entry["url"] is { } url && url.StartsWith("http", StringComparison.Ordinal))
        {
            sb.Append("\n\n").Append(MarkdownText.Link("Link", url));
        }
        if (definitions.Count > 1) sb.Append($"\n\n*Defined {definitions.Count} times; the first definition is shown.*");
        return new HoverContent(target.Span, sb.ToString());
    }

    /// <summary>Authors, title, venue and year of an entry, as Markdown.</summary>
    public static string Render(BibEntry entry)
    {
        var sb = new StringBuilder();
        sb.Append("### ").Append(PaperMarkdown.Text(entry["title"] ?? entry.Key)).Append("\n\n");
        if ((entry["author"] ?? entry["editor"]) is { } authors) sb.Append(PaperMarkdown.Text(Names(authors))).Append("\n\n");
        var venue = entry["journal"] ?? entry["journaltitle"] ?? entry["booktitle"] ?? entry["publisher"] ?? entry["howpublished"] ?? entry["institution"];
        var year = entry["year"] ?? entry["date"];
        var facts = new List<string>();
        if (venue is not null) facts.Add("*" + PaperMarkdown.Text(venue) + "*");
        if (year is not null) facts.Add(PaperMarkdown.Text(year));
        facts.Add($"`@{entry.Type}`");
        sb.Append(string.Join(" · ", facts));
        return sb.ToString();
    }

    /// <summary>"Vaswani, Ashish and Shazeer, Noam" → "Ashish Vaswani, Noam Shazeer".</summary>
    public static string Names(string authors)
    {
        var names = authors.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.Count(c => c == ',') == 1 ? $"{n[(n.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim()} {n[..n.IndexOf(',', StringComparison.Ordinal)].Trim()}" : n)
            .ToArray();
        return names.Length <= PaperMarkdown.FullAuthorListLimit
            ? string.Join(", ", names)
            : $"{string.Join(", ", names.Take(6))}, …, {names[^1]} ({names.Length} authors)";
    }
}
