using System.Text.Json;
using System.Text.RegularExpressions;

namespace PapersLsp.Benchmarks.Generators;

/// <summary>A real author name split as the Kaggle snapshot's <c>authors_parsed</c> splits it.</summary>
public readonly record struct AuthorName(string Family, string Given)
{
    public string Full => Given.Length == 0 ? Family : $"{Given} {Family}";
}

/// <summary>Author names from the corpus (HEPML.bib's INSPIRE <c>Last, First</c> lists and the Kaggle slice), LaTeX accents as written.</summary>
public sealed partial class AuthorNames
{
    private readonly AuthorName[] _names;

    private AuthorNames(AuthorName[] names) => _names = names;

    public int Count => _names.Length;

    public AuthorName Next(ref SplitMix64 random) => _names[random.Next(_names.Length)];

    public static AuthorNames FromCorpus()
    {
        var names = new SortedSet<AuthorName>(Comparer<AuthorName>.Create((a, b) =>
            string.CompareOrdinal(a.Family + "\u0001" + a.Given, b.Family + "\u0001" + b.Given)));
        foreach (Match m in BibAuthors().Matches(File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.HepmlBib))))
            foreach (var person in m.Groups[1].Value.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var comma = person.IndexOf(',', StringComparison.Ordinal);
                if (comma <= 0 || person.Contains("Collaboration", StringComparison.OrdinalIgnoreCase)) continue;
                names.Add(new AuthorName(person[..comma].Trim(), person[(comma + 1)..].Trim()));
            }
        foreach (var line in File.ReadLines(RepositoryFiles.Corpus(RepositoryFiles.KaggleSlice)))
        {
            if (line.Length == 0) continue;
            using var record = JsonDocument.Parse(line);
            foreach (var parsed in record.RootElement.GetProperty("authors_parsed").EnumerateArray())
            {
                var family = parsed[0].GetString() ?? "";
                if (family.Length > 1) names.Add(new AuthorName(family, parsed[1].GetString() ?? ""));
            }
        }
        return new AuthorNames([.. names]);
    }

    [GeneratedRegex(@"\bauthor\s*=\s*""([^""\n]+)""", RegexOptions.NonBacktracking)]
    private static partial Regex BibAuthors();
}
