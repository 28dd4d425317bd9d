using System.Text.Json;
using System.Text.RegularExpressions;

namespace PapersLsp.Benchmarks.Generators;

/// <summary>
/// The words of real paper titles and abstracts (the Kaggle slice, HEPML.bib titles, the link texts of the Markdown
/// reading lists), with their frequencies: generated titles then have the term statistics full-text search meets in
/// a real catalog — a few very common words, a long tail of rare ones.
/// </summary>
public sealed partial class TitleVocabulary
{
    private readonly WeightedChoice<string> _words;

    private TitleVocabulary(WeightedChoice<string> words, int distinct) => (_words, Distinct) = (words, distinct);

    public int Distinct { get; }

    public string NextWord(ref SplitMix64 random) => _words.Next(ref random);

    public static TitleVocabulary FromCorpus()
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var text in CorpusTexts())
            foreach (Match m in Word().Matches(text))
            {
                var surface = m.Value;
                var key = surface.ToLowerInvariant();
                if (!counts.TryGetValue(key, out var forms)) counts[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[surface] = forms.GetValueOrDefault(surface) + 1;
            }
        // Lower case when the corpus ever writes the word so (titles capitalise it), else its most frequent spelling
        // ("Bayesian", "LHC" keep their capitals).
        var weighted = counts
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (Item: kv.Value.ContainsKey(kv.Key) ? kv.Key : kv.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
                Weight: (double)kv.Value.Values.Sum()));
        return new TitleVocabulary(new WeightedChoice<string>(weighted), counts.Count);
    }

    private static IEnumerable<string> CorpusTexts()
    {
        foreach (var line in File.ReadLines(RepositoryFiles.Corpus(RepositoryFiles.KaggleSlice)))
        {
            if (line.Length == 0) continue;
            using var record = JsonDocument.Parse(line);
            yield return record.RootElement.GetProperty("title").GetString() ?? "";
            yield return record.RootElement.GetProperty("abstract").GetString() ?? "";
        }
        foreach (Match m in BibTitle().Matches(File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.HepmlBib))))
            yield return m.Groups[1].Value;
        foreach (var list in RepositoryFiles.MarkdownLists)
            foreach (Match m in LinkText().Matches(File.ReadAllText(RepositoryFiles.Corpus(list))))
                yield return m.Groups[1].Value;
    }

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z]+(?:-[A-Za-z]+)?\b", RegexOptions.NonBacktracking)]
    private static partial Regex Word();

    [GeneratedRegex(@"\btitle\s*=\s*""([^""\n]{8,300})""", RegexOptions.NonBacktracking)]
    private static partial Regex BibTitle();

    [GeneratedRegex(@"\[([^\]\n]{12,300})\]\(", RegexOptions.NonBacktracking)]
    private static partial Regex LinkText();
}
