using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Bibtex;

/// <summary>
/// ADS bibcodes of arXiv preprints: <c>2017arXiv170309710F</c> (five-digit ids, no dot) and
/// <c>2014arXiv1406.2661G</c> (four-digit ids keep the dot) — 19 characters, the last an author initial or <c>.</c>.
/// </summary>
internal static class ArxivBibcode
{
    private const int Length = 19;

    /// <summary>Reads a bibcode starting exactly at <paramref name="start"/>, not glued to letters or digits on either side.</summary>
    public static bool TryRead(string text, int start, int end, out ArxivReference reference)
    {
        reference = null!;
        if (end - start < Length || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))) return false;
        if (start + Length < end && char.IsAsciiLetterOrDigit(text[start + Length])) return false;
        var s = text.AsSpan(start, Length);
        if (!IsDigits(s[..4]) || !s.Slice(4, 5).Equals("arXiv", StringComparison.Ordinal)) return false;
        var idPart = s.Slice(9, 9);
        if (!char.IsAsciiLetter(s[18]) && s[18] != '.') return false;
        string candidate;
        if (idPart[4] == '.' && IsDigits(idPart[..4]) && IsDigits(idPart[5..])) candidate = idPart.ToString();
        else if (IsDigits(idPart)) candidate = $"{idPart[..4]}.{idPart[4..]}";
        else return false;
        if (!ArxivId.TryParse(candidate, out var id)) return false;
        reference = new ArxivReference(new TextSpan(start, Length), new TextSpan(start + 9, 9), id, ArxivSurface.Bibcode);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
