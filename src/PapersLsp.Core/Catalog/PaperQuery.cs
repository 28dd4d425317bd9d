using PapersLsp.Core.Arxiv;

namespace PapersLsp.Core.Catalog;

/// <summary>
/// What a user typed into a catalog search, split into normalised words and, when one was written, an arXiv id or id
/// prefix (<c>2410.15</c>, <c>arXiv:2410.15661v2</c>, <c>hep-th/99</c>) that must prefix the paper's key.
/// </summary>
public sealed class PaperQuery
{
    private PaperQuery(string text, IReadOnlyList<string> words, string? idPrefix)
    {
        Text = text;
        Words = words;
        IdPrefix = idPrefix;
    }

    /// <summary>The text as typed.</summary>
    public string Text { get; }

    /// <summary>The normalised words (see <see cref="SearchText"/>), excluding the id prefix.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>A canonical id prefix, without version, or null when no id-shaped text was typed.</summary>
    public string? IdPrefix { get; }

    /// <summary>
    /// Nothing worth searching: no id prefix and no word of two or more characters. A lone letter would match most of
    /// a large catalog and tell the ranker nothing; completion asks again at the next keystroke.
    /// </summary>
    public bool IsEmpty => IdPrefix is null && Words.All(w => w.Length < 2);

    public static PaperQuery Parse(string? text)
    {
        text ??= "";
        var words = new List<string>();
        string? idPrefix = null;
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (idPrefix is null && TryIdPrefix(chunk, out var prefix)) idPrefix = prefix;
            else words.AddRange(SearchText.Words(chunk));
        }
        return new PaperQuery(text, words, idPrefix);
    }

    /// <summary>
    /// An id prefix is new-style digits with the dot typed (<c>2410.</c>…), an old-style archive with the slash typed
    /// (<c>hep-th/</c>…), or anything id-like after an <c>arXiv:</c> or <c>arxiv.org/abs/</c> prefix.
    /// </summary>
    private static bool TryIdPrefix(string chunk, out string prefix)
    {
        prefix = "";
        var s = chunk.Trim('(', ')', '[', ']', '<', '>', ',', ';', '"', '\'');
        var marked = false;
        foreach (var lead in (string[])["https://arxiv.org/abs/", "http://arxiv.org/abs/", "arxiv.org/abs/", "arxiv:"])
        {
            if (s.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                s = s[lead.Length..];
                marked = true;
                break;
            }
        }
        if (s.Length == 0) return false;
        if (ArxivId.TryParse(s, out var id))
        {
            prefix = id.Id;
            return true;
        }
        if (IsNewStylePrefix(s, marked) || IsOldStylePrefix(s))
        {
            prefix = StripVersion(s).ToLowerInvariant();
            var slash = prefix.IndexOf('/', StringComparison.Ordinal);
            var dot = slash < 0 ? -1 : prefix.IndexOf('.', 0, slash);
            if (dot >= 0) prefix = prefix[..dot] + prefix[slash..];   // math.GT/03 → math/03, as canonical keys drop the class
            return true;
        }
        return false;
    }

    private static bool IsNewStylePrefix(string s, bool marked)
    {
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits == s.Length) return marked && digits is > 0 and <= 4;
        if (digits != 4 || s[4] != '.') return false;
        var rest = StripVersion(s[5..]);
        return rest.Length <= 5 && rest.All(char.IsAsciiDigit);
    }

    private static bool IsOldStylePrefix(string s)
    {
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 1) return false;
        var archive = s[..slash];
        var baseArchive = archive.Contains('.', StringComparison.Ordinal) ? archive[..archive.IndexOf('.', StringComparison.Ordinal)] : archive;
        if (ArxivArchives.Find(baseArchive) is null) return false;
        var rest = StripVersion(s[(slash + 1)..]);
        return rest.Length <= 7 && rest.All(char.IsAsciiDigit);
    }

    private static string StripVersion(string s)
    {
        var v = s.LastIndexOfAny(['v', 'V']);
        return v > 0 && s[(v + 1)..].All(char.IsAsciiDigit) ? s[..v] : s;
    }
}
