using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>An author's name in reading order (<c>Laurens van der Maaten</c>), as arXiv's export writes it.</summary>
public static class AuthorText
{
    /// <summary>The name the source gave, turned to reading order when it came as <c>Family, Given</c>.</summary>
    public static string Display(PaperAuthor author)
    {
        if (!author.Name.Contains(',', StringComparison.Ordinal)) return ArxivAuthorName.Tidy(author.Name);
        var name = BibtexName.From(author);
        return string.Join(' ', new[] { name.Given, name.Family, name.Suffix }.Where(p => p.Length > 0));
    }
}
