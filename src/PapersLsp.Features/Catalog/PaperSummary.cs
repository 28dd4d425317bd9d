using PapersLsp.Core.Catalog;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Catalog;

/// <summary>A paper as clients list it (search results, pickers): plain text, LaTeX made readable.</summary>
public sealed record PaperSummary(string Key, string? Id, string Title, IReadOnlyList<string> Authors, int? Year, string? PrimaryCategory, string? Abstract)
{
    public static PaperSummary From(PaperRecord paper, bool withAbstract) => new(
        paper.Key,
        paper.ArxivId?.Id,
        LatexText.ToReadable(paper.Title).ReplaceLineEndings(" "),
        paper.Authors.Select(a => LatexText.ToReadable(a.Name)).ToArray(),
        paper.Published?.Year,
        paper.PrimaryCategory,
        withAbstract ? LatexText.ToReadable(paper.Abstract) : null);
}
