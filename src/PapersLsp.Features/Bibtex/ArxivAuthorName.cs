using System.Text;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// An author name split the way arXiv splits the names on its abstract pages: a key name (the surname with its
/// particles: <c>van der Maaten</c>, <c>Le Bras</c>), the first names, and a suffix (<c>Jr.</c>, <c>III</c>).
/// </summary>
/// <remarks>
/// Follows <c>parse_author_affil</c> in arXiv's arxiv-base (arxiv/authors/__init__.py): whitespace collapsed, a
/// space added after a dot that has none, then the first of: two particles before the last word, one particle
/// before the last word, a suffix after the last-but-one word, the last word; particles and suffixes match
/// case-insensitively. The BibTeX export's key and author field are built from these parts.
/// </remarks>
public sealed record ArxivAuthorName(string KeyName, string FirstNames, string Suffix)
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "der", "de", "la", "von", "del", "della", "da", "mac", "ter", "dem", "di", "vaziri",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "II", "III", "IV", "V", "Sr", "Jr", "Sr.", "Jr.",
    };

    /// <summary>The name as arXiv's export writes it: first names, key name, suffix.</summary>
    public string Display => string.Join(' ', new[] { FirstNames, KeyName, Suffix }.Where(p => p.Length > 0));

    /// <summary>Splits one author's name.</summary>
    public static ArxivAuthorName Parse(string name)
    {
        var words = Tidy(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = words.Length;
        if (n >= 4 && Particles.Contains(words[n - 3]) && Particles.Contains(words[n - 2]))
            return new(string.Join(' ', words[(n - 3)..]), string.Join(' ', words[..(n - 3)]), "");
        if (n >= 3 && Particles.Contains(words[n - 2]))
            return new(string.Join(' ', words[(n - 2)..]), string.Join(' ', words[..(n - 2)]), "");
        if (n >= 3 && Suffixes.Contains(words[n - 1]))
            return new(words[n - 2], string.Join(' ', words[..(n - 2)]), words[n - 1]);
        if (n >= 2)
            return new(words[n - 1], string.Join(' ', words[..(n - 1)]), "");
        return new(string.Join(' ', words), "", "");
    }

    /// <summary>Collapses whitespace and puts a space after a dot followed by a non-space (<c>L.Pan</c> → <c>L. Pan</c>), except in TeX (<c>\.</c>).</summary>
    public static string Tidy(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
                continue;
            }
            if (text.Length >= 1 && text[^1] == '.' && (text.Length < 2 || text[^2] != '\\')) text.Append(' ');
            text.Append(c);
        }
        return text.ToString();
    }
}
