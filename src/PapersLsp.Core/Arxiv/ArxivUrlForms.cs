namespace PapersLsp.Core.Arxiv;

/// <summary>
/// The URL and DOI prefixes that put an arXiv id at a known place: <c>https://arxiv.org/abs/</c>, mirrors, ar5iv,
/// alphaXiv, Hugging Face papers and the <c>10.48550/arXiv.</c> DOI. Matching is case-insensitive and bounded.
/// </summary>
internal static class ArxivUrlForms
{
    private const string DoiPrefix = "10.48550/arxiv.";

    private static readonly (string Host, string[] Paths)[] Hosts =
    [
        ("arxiv.org/", ["abs/", "pdf/", "html/", "format/"]),
        ("www.arxiv.org/", ["abs/", "pdf/", "html/", "format/"]),
        ("export.arxiv.org/", ["abs/", "pdf/", "html/", "format/"]),
        ("browse.arxiv.org/", ["abs/", "pdf/", "html/", "format/"]),
        ("xxx.lanl.gov/", ["abs/", "pdf/", "format/"]),
        ("front.math.ucdavis.edu/", ["abs/", ""]),
        ("ar5iv.labs.arxiv.org/", ["html/", "abs/"]),
        ("ar5iv.org/", ["html/", "abs/"]),
        ("huggingface.co/", ["papers/"]),
        ("www.huggingface.co/", ["papers/"]),
        ("alphaxiv.org/", ["abs/"]),
        ("www.alphaxiv.org/", ["abs/"]),
    ];

    private static readonly string[] DoiResolvers = ["doi.org/", "dx.doi.org/", "www.doi.org/"];

    /// <summary>
    /// When a URL form starts at <paramref name="pos"/>, where its id starts and whether it is the DOI form.
    /// <paramref name="hasScheme"/> says whether it began with <c>http(s)://</c>; a host alone also counts.
    /// </summary>
    public static bool TryMatchUrl(string text, int pos, int end, out int idStart, out bool isDoi, out bool hasScheme)
    {
        idStart = -1;
        isDoi = false;
        var i = pos;
        hasScheme = false;
        if (StartsWith(text, i, end, "https://")) { i += 8; hasScheme = true; }
        else if (StartsWith(text, i, end, "http://")) { i += 7; hasScheme = true; }

        if (i >= end) return false;
        var first = char.ToLowerInvariant(text[i]);
        foreach (var (host, paths) in Hosts)
        {
            if (host[0] != first || !StartsWith(text, i, end, host)) continue;
            var afterHost = i + host.Length;
            foreach (var path in paths)
            {
                if (!StartsWith(text, afterHost, end, path)) continue;
                idStart = afterHost + path.Length;
                return true;
            }
            return false;
        }

        foreach (var resolver in DoiResolvers)
        {
            if (resolver[0] != first || !StartsWith(text, i, end, resolver)) continue;
            var doiStart = i + resolver.Length;
            if (!StartsWith(text, doiStart, end, DoiPrefix)) return false;
            idStart = doiStart + DoiPrefix.Length;
            isDoi = true;
            return true;
        }
        return false;
    }

    /// <summary>A bare arXiv DOI (<c>10.48550/arXiv.ID</c>, optionally after <c>doi:</c>) at the position.</summary>
    public static bool TryMatchDoi(string text, int pos, int end, out int idStart)
    {
        var i = StartsWith(text, pos, end, "doi:") ? pos + 4 : pos;
        while (i < end && i < pos + 6 && text[i] == ' ') i++;
        idStart = i + DoiPrefix.Length;
        return StartsWith(text, i, end, DoiPrefix);
    }

    /// <summary>The end of a URL's query, fragment or trailing path after the id, trailing punctuation left out.</summary>
    public static int ReadTail(string text, int pos, int end)
    {
        var i = pos;
        if (StartsWith(text, i, end, ".pdf")) i += 4;
        if (i >= end || text[i] is not ('/' or '?' or '#')) return i;
        while (i < end && !IsUrlTerminator(text[i])) i++;
        while (i > pos && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '~') i--;
        return i;
    }

    /// <summary>Characters that end a URL written in running text.</summary>
    public static bool IsUrlTerminator(char c) =>
        char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\'' or ')' or ']' or '}' or '|' or '`' or '\\';

    public static bool StartsWith(string text, int pos, int end, string literal) =>
        end - pos >= literal.Length && text.AsSpan(pos, literal.Length).Equals(literal, StringComparison.OrdinalIgnoreCase);
}
