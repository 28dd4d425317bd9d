using System.Text;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Settings;

namespace PapersLsp.Features.Bibtex;

/// <summary>Citation keys for catalog papers in the formats users know, and a suffix when a key is taken.</summary>
public static class CitationKeyGenerator
{
    /// <summary>The key for <paramref name="paper"/> in <paramref name="format"/>; never empty, never holding a character bibtex rejects in a key.</summary>
    public static string Generate(PaperRecord paper, CitationKeyFormat format)
    {
        var key = format switch
        {
            CitationKeyFormat.Arxiv => ArxivKey(paper),
            CitationKeyFormat.BetterBibtex => BetterBibtexKey(paper),
            CitationKeyFormat.Id when paper.ArxivId is { } id => id.Id,
            _ => GoogleKey(paper),
        };
        return key.Length > 0 ? key : "paper" + paper.Key.Replace("title:", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="key"/> itself when no existing key equals it (ignoring case, as bibtex and biber do when
    /// they report duplicates), else the key with the first free suffix of a, b, …, z, aa, ab, ….
    /// </summary>
    public static string MakeUnique(string key, ISet<string> existingKeys)
    {
        var taken = new HashSet<string>(existingKeys, StringComparer.OrdinalIgnoreCase);
        return MakeUnique(key, taken.Contains);
    }

    /// <summary>
    /// The same with the test for a taken key given (it must ignore case), so a caller holding large key sets does
    /// not copy them for every key.
    /// </summary>
    public static string MakeUnique(string key, Func<string, bool> isTakenIgnoringCase)
    {
        if (!isTakenIgnoringCase(key)) return key;
        for (var n = 1; ; n++)
        {
            var candidate = key + Letters(n);
            if (!isTakenIgnoringCase(candidate)) return candidate;
        }
    }

    /// <summary>
    /// arXiv's key (<c>_txt_id</c> in arXiv/arxiv-browse browse/formatting/cite.py): the first author's key name,
    /// the year of the latest version and the first four title words (split on single spaces) that are not
    /// arXiv stop words; then everything but letters and digits is dropped — non-ASCII letters stay — and the
    /// whole is lower-cased. A part the catalog lacks is left out (arXiv itself always has them).
    /// </summary>
    private static string ArxivKey(PaperRecord paper)
    {
        var author = FirstAuthor(paper) is { } first ? ArxivAuthorName.Parse(AuthorText.Display(first)).KeyName : "";
        var words = paper.Title.Split(' ').Where(w => !CitationKeyStopWords.Arxiv.Contains(w.ToLowerInvariant())).Take(4);
        var raw = author + PaperYear.LatestVersion(paper) + string.Concat(words);
        var key = new StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
            if (Rune.IsLetter(rune) || Rune.IsNumber(rune)) key.Append(rune.ToString());
        return key.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// Google Scholar's shape (<c>vaswani2017attention</c>): the first word of the first author's family name, the
    /// year of the first version and the first title word that is not a stop word, folded to lower-case ASCII.
    /// </summary>
    private static string GoogleKey(PaperRecord paper)
    {
        var family = FirstAuthor(paper) is { } first ? BibtexName.From(first).Family : "";
        var surname = AsciiWords(family).FirstOrDefault() ?? "";
        var word = AsciiWords(TitleWords.WithoutTex(paper.Title)).FirstOrDefault(w => !CitationKeyStopWords.Google.Contains(w)) ?? "";
        return (surname + PaperYear.FirstVersion(paper) + word).ToLowerInvariant();
    }

    /// <summary>
    /// Better BibTeX's <c>auth.lower + shorttitle(3,3) + year</c>: the first author's family name in lower case,
    /// the first three title words that are neither skip words nor single letters, punctuation removed
    /// (<c>Few-Shot</c> → <c>FewShot</c>) and first letter capitalised, then the year; folded to ASCII as
    /// Better BibTeX does by default (<c>brownLanguageModelsAre2020</c>).
    /// </summary>
    private static string BetterBibtexKey(PaperRecord paper)
    {
        var family = FirstAuthor(paper) is { } first ? BibtexName.From(first).Family : "";
        var auth = KeepKeyCharacters(AsciiFolding.Fold(family), allowHyphen: true).ToLowerInvariant();
        var words = TitleWords.BetterBibtex(paper.Title).Take(3).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return auth + string.Concat(words) + PaperYear.FirstVersion(paper);
    }

    private static PaperAuthor? FirstAuthor(PaperRecord paper) => AuthorText.Named(paper) is [var first, ..] ? first : null;

    /// <summary>ASCII words of <paramref name="text"/>, lower-cased, split at anything but a letter or digit.</summary>
    private static IEnumerable<string> AsciiWords(string text)
    {
        var word = new StringBuilder();
        foreach (var c in AsciiFolding.Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static string KeepKeyCharacters(string text, bool allowHyphen) =>
        string.Concat(text.Where(c => char.IsAsciiLetterOrDigit(c) || (allowHyphen && c == '-')));

    /// <summary>Bijective base-26 letters: 1 → a, 26 → z, 27 → aa.</summary>
    private static string Letters(int n)
    {
        var letters = new StringBuilder();
        for (; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('a' + (n - 1) % 26));
        return letters.ToString();
    }
}
