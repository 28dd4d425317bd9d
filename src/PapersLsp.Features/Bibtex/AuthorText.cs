using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>An author's name in reading order (<c>Laurens van der Maaten</c>), as arXiv's export writes it.</summary>
public static class AuthorText
{
    /// <summary>The paper's authors that have a name at all (sources sometimes leave blank slots).</summary>
    public static IReadOnlyList<PaperAuthor> Named(PaperRecord paper) =>
        [.. paper.Authors.Where(a => !string.IsNullOrWhiteSpace(a.Name) || !string.IsNullOrWhiteSpace(a.Family))];

    /// <summary>The name the source gave, turned to reading order when it came as <c>Family, Given</c>.</summary>
    public static string Display(PaperAuthor author)
    {
        if (!string.IsNullOrWhiteSpace(author.Family) && string.IsNullOrWhiteSpace(author.Name))
            return ArxivAuthorName.Tidy($"{author.Given} {author.Family} {author.Suffix}");
        if (!author.Name.Contains(',', StringComparison.Ordinal)) return ArxivAuthorName.Tidy(author.Name);
        var name = BibtexName.From(author);
        return string.Join(' ', new[] { name.Given, name.Family, name.Suffix }.Where(p => p.Length > 0));
    }
}
