using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// One author in the <c>von Last, Jr, First</c> form that BibTeX's and biber's name parsers both read correctly:
/// <c>van der Maaten, Laurens</c>, <c>King, Jr., Martin Luther</c>, <c>Le Bras, Ronan</c>; an organisation is one
/// braced unit (<c>{Google DeepMind}</c>) so that it is never split into first and last names.
/// </summary>
public sealed record BibtexName(string Family, string Given, string Suffix, bool IsOrganisation)
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "collaboration", "consortium", "group", "project", "inc", "inc.", "ltd", "ltd.", "lab", "labs",
        "laboratory", "institute", "university", "foundation", "organization", "organisation", "committee",
        "association", "society", "council", "corporation", "company", "initiative", "network", "center", "centre",
        "research", "deepmind", "contributors", "authors",
    };

    /// <summary>Splits a catalog author: the source's own split when it has one, else <c>Family, Given</c> text, else arXiv's rule.</summary>
    public static BibtexName From(PaperAuthor author)
    {
        if (!string.IsNullOrWhiteSpace(author.Family))
            return new(ArxivAuthorName.Tidy(author.Family), ArxivAuthorName.Tidy(author.Given ?? ""), author.Suffix?.Trim() ?? "", false);
        var name = ArxivAuthorName.Tidy(author.Name);
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts[0].Length > 0) return new(parts[0], parts[1], "", false);
        if (parts.Length == 3 && parts[0].Length > 0) return new(parts[0], parts[2], parts[1], false);
        var words = name.Split(' ');
        if (words.Length == 1 || words.Any(w => OrganisationWords.Contains(w)))
            return new(name, "", "", true);
        var split = ArxivAuthorName.Parse(name);
        return new(split.KeyName, split.FirstNames, split.Suffix, false);
    }

    /// <summary>The name as it goes between <c>and</c>s in an author field, escaped for TeX.</summary>
    public string ToBibtex()
    {
        if (IsOrganisation) return "{" + TexText.Escape(Family) + "}";
        var family = Protect(TexText.Escape(Family));
        if (Given.Length == 0 && Suffix.Length == 0) return family;
        var tail = Protect(TexText.Escape(Given));
        return Suffix.Length == 0 ? $"{family}, {tail}" : $"{family}, {Protect(TexText.Escape(Suffix))}, {tail}";
    }

    /// <summary>Braces a part holding a comma or the word "and", which would otherwise split the name or the list.</summary>
    private static string Protect(string part) =>
        part.Contains(',', StringComparison.Ordinal) || part.Split(' ').Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase))
            ? "{" + part + "}"
            : part;
}
