using PapersLsp.Core.Text;

namespace PapersLsp.Core.Arxiv;

/// <summary>
/// ADS bibcodes of arXiv preprints: <c>2017arXiv170301234B</c> (five-digit ids) and <c>2011arXiv1104.5069X</c>
/// (four-digit ids), 19 characters, the last one the first author's initial.
/// </summary>
internal static class ArxivBibcode
{
    /// <summary>Adds the bibcode starting at <paramref name="pos"/> and returns its end, or -1 when there is none.</summary>
    public static int TryMatch(string text, int pos, int end, List<ArxivReference> found)
    {
        const int Length = 19;
        if (end - pos < Length) return -1;
        var s = text.AsSpan(pos, Length);
        if (!IsDigits(s[..4]) || !s[4..9].Equals("arXiv", StringComparison.OrdinalIgnoreCase)) return -1;
        var idPart = s[9..18];
        string candidate;
        if (idPart[4] == '.' && IsDigits(idPart[..4]) && IsDigits(idPart[5..])) candidate = idPart.ToString();
        else if (IsDigits(idPart)) candidate = $"{idPart[..4]}.{idPart[4..]}";
        else return -1;
        if (!char.IsAsciiLetterUpper(s[18]) && s[18] != '.') return -1;
        if (pos + Length < end && ArxivIdShape.IsWordChar(text[pos + Length])) return -1;
        if (!ArxivId.TryParse(candidate, out var id)) return -1;
        found.Add(new ArxivReference(new TextSpan(pos, Length), new TextSpan(pos + 9, 9), id, ArxivSurface.Bibcode));
        return pos + Length;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
