using System.Globalization;
using PapersLsp.Catalog.Import.Kaggle;

namespace PapersLsp.Catalog.Import.HfText;

/// <summary>Recognises the small lines of a Hugging Face paper card: <c>• 5 authors</c>, <c>·</c>, <c>Jun 2, 2023 2</c>.</summary>
public static class HfCardLine
{
    /// <summary>The count of <c>• 5 authors</c> (also <c>• 1 author</c>), or null.</summary>
    public static int? AuthorCount(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.Length == 0 || t[0] != '•') return null;
        t = t[1..].TrimStart();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        if (digits == 0 || digits > 6) return null;
        var rest = t[digits..].Trim();
        if (!rest.Equals("authors", StringComparison.Ordinal) && !rest.Equals("author", StringComparison.Ordinal)) return null;
        return int.Parse(t[..digits], CultureInfo.InvariantCulture);
    }

    /// <summary>The separator dot between a card's author count (or submitter) and its date.</summary>
    public static bool IsSeparator(string line) => line.AsSpan().Trim() is "·";

    /// <summary>
    /// A card date: <c>Mon D</c> or <c>Mon D, YYYY</c>, optionally followed by the upvote count. The year is absent for
    /// dates in the listing's own year, which the dump does not say, so <paramref name="date"/> is then null.
    /// </summary>
    public static bool IsDate(string line, out DateOnly? date)
    {
        date = null;
        var t = line.AsSpan().Trim();
        if (t.Length < 5 || t[3] != ' ' || !char.IsAsciiLetterUpper(t[0])) return false;
        Span<byte> mon = [(byte)t[0], (byte)t[1], (byte)t[2]];
        if (!char.IsAsciiLetter(t[1]) || !char.IsAsciiLetter(t[2])) return false;
        var month = ArxivDates.MonthNumber(mon);
        if (month == 0) return false;
        t = t[4..];
        var day = Number(ref t, 2);
        if (day is < 1 or > 31) return false;
        int? year = null;
        if (t.StartsWith(", "))
        {
            t = t[2..];
            year = Number(ref t, 4);
            if (year is < 1900 or > 2999) return false;
        }
        if (!t.IsEmpty)
        {
            // The upvote count, when the card shows one.
            if (t[0] != ' ') return false;
            t = t[1..];
            if (Number(ref t, 7) < 0 || !t.IsEmpty) return false;
        }
        if (year is { } y && day <= DateTime.DaysInMonth(y, month)) date = new DateOnly(y, month, day);
        return true;
    }

    private static int Number(ref ReadOnlySpan<char> t, int maxDigits)
    {
        var i = 0;
        var n = 0;
        while (i < t.Length && i < maxDigits && char.IsAsciiDigit(t[i])) n = n * 10 + (t[i++] - '0');
        if (i == 0 || (i < t.Length && char.IsAsciiDigit(t[i]))) return -1;
        t = t[i..];
        return n;
    }
}
