namespace PapersLsp.Core.Arxiv;

/// <summary>
/// Reads the id-shaped text at a position (<c>2410.15661v2</c>, <c>math.GT/0309136</c>) without judging it;
/// <see cref="ArxivId.TryParse(ReadOnlySpan{char}, out ArxivId?, out string?)"/> judges. Every run is bounded so
/// that a read costs constant time and the scanner stays linear.
/// </summary>
internal static class ArxivIdShape
{
    private const int MaxRun = 12;

    /// <summary>
    /// Letters and digits: what an id may not be glued to. Not <c>_</c>: in Markdown it is emphasis
    /// (<c>_arXiv:2410.15661_</c>), which the Markdown pipeline leaves in the text.
    /// </summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// The end of the id-shaped text starting at <paramref name="pos"/>, or -1 when there is none: digits, a dot
    /// and digits for new-style ids; archive, optional subject class, slash and digits for old-style ones; then an
    /// optional <c>vN</c>.
    /// </summary>
    public static int Read(string text, int pos, int end)
    {
        if (pos >= end) return -1;
        int i;
        if (char.IsAsciiDigit(text[pos]))
        {
            i = Digits(text, pos, end);
            if (i - pos != 4 || i >= end || text[i] != '.') return -1;
            var afterDot = Digits(text, i + 1, end);
            if (afterDot == i + 1) return -1;
            i = afterDot;
        }
        else if (char.IsAsciiLetter(text[pos]))
        {
            i = ArchiveName(text, pos, end);
            if (i < end && text[i] == '.')
            {
                var classEnd = ArchiveName(text, i + 1, end);
                if (classEnd == i + 1) return -1;
                i = classEnd;
            }
            if (i >= end || text[i] != '/') return -1;
            var numberEnd = Digits(text, i + 1, end);
            if (numberEnd == i + 1) return -1;
            i = numberEnd;
        }
        else
        {
            return -1;
        }
        return Version(text, i, end);
    }

    /// <summary>Extends past word characters glued to the id, so that <c>2410.15661x</c> is judged whole.</summary>
    public static int ExtendGlued(string text, int pos, int end)
    {
        var limit = Math.Min(end, pos + MaxRun);
        while (pos < limit && IsWordChar(text[pos])) pos++;
        return pos;
    }

    private static int Version(string text, int i, int end)
    {
        if (i + 1 < end && text[i] is 'v' or 'V' && char.IsAsciiDigit(text[i + 1])) return Digits(text, i + 1, end);
        return i;
    }

    private static int Digits(string text, int pos, int end)
    {
        var limit = Math.Min(end, pos + MaxRun);
        while (pos < limit && char.IsAsciiDigit(text[pos])) pos++;
        return pos;
    }

    private static int ArchiveName(string text, int pos, int end)
    {
        var limit = Math.Min(end, pos + MaxRun);
        while (pos < limit && (char.IsAsciiLetter(text[pos]) || text[pos] == '-')) pos++;
        return pos;
    }
}
