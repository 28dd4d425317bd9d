namespace PapersLsp.Catalog.Import.Kaggle;

/// <summary>The date formats of arXiv metadata.</summary>
public static class ArxivDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The day of <c>Mon, 2 Apr 2007 19:18:42 GMT</c> (the snapshot's version dates), or null.</summary>
    public static DateOnly? ParseRfc1123Date(ReadOnlySpan<byte> text)
    {
        var comma = text.IndexOf((byte)',');
        var rest = comma >= 0 ? text[(comma + 1)..] : text;
        rest = rest.TrimStart((byte)' ');
        var day = ReadNumber(ref rest);
        rest = rest.TrimStart((byte)' ');
        if (rest.Length < 3) return null;
        var month = MonthNumber(rest[..3]);
        rest = rest[3..].TrimStart((byte)' ');
        var year = ReadNumber(ref rest);
        if (month == 0 || year is < 1000 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>1..12 for an English three-letter month abbreviation (any case), else 0.</summary>
    public static int MonthNumber(ReadOnlySpan<byte> abbreviation)
    {
        Span<char> lower = stackalloc char[3];
        for (var i = 0; i < 3; i++) lower[i] = char.ToLowerInvariant((char)abbreviation[i]);
        for (var m = 0; m < Months.Length; m++)
            if (lower.SequenceEqual(Months[m])) return m + 1;
        return 0;
    }

    private static int ReadNumber(ref ReadOnlySpan<byte> text)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length && i < 6 && text[i] is >= (byte)'0' and <= (byte)'9') n = n * 10 + (text[i++] - '0');
        text = text[i..];
        return i == 0 ? -1 : n;
    }
}
