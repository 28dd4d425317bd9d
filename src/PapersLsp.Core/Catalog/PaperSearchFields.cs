namespace PapersLsp.Core.Catalog;

/// <summary>The normalised words of a paper that search matches against, computed once per paper.</summary>
public sealed class PaperSearchFields
{
    private PaperSearchFields(PaperRecord paper, string[] title, string[] family, string[] given, string[] id, string? year)
    {
        Paper = paper;
        Title = title;
        Family = family;
        Given = given;
        Id = id;
        Year = year;
    }

    public PaperRecord Paper { get; }

    public string[] Title { get; }

    /// <summary>Family names of all authors (the split one, else the last word of the name).</summary>
    public string[] Family { get; }

    /// <summary>The other words of author names.</summary>
    public string[] Given { get; }

    /// <summary>The words of the arXiv id (<c>2410</c>, <c>15661</c>; <c>hep</c>, <c>th</c>, <c>9901001</c>).</summary>
    public string[] Id { get; }

    /// <summary>The year of the first version (from the dates, else from the id).</summary>
    public string? Year { get; }

    public static PaperSearchFields From(PaperRecord paper)
    {
        var family = new List<string>();
        var given = new List<string>();
        foreach (var author in paper.Authors)
        {
            var familyWords = SearchText.Words(author.FamilyOrLastWord);
            family.AddRange(familyWords);
            foreach (var word in SearchText.Words(author.Given ?? author.Name))
                if (!familyWords.Contains(word)) given.Add(word);
        }
        var id = paper.ArxivId is { } arxivId ? SearchText.Words(arxivId.Id).ToArray() : [];
        var year = paper.Published?.Year ?? paper.ArxivId?.YearMonth.Year;
        return new PaperSearchFields(paper, SearchText.Words(paper.Title).ToArray(), family.ToArray(), given.ToArray(), id,
            year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
