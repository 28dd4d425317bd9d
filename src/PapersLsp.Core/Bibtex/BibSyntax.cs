using System.Buffers;

namespace PapersLsp.Core.Bibtex;

/// <summary>The character classes of the BibTeX language and the "a new entry starts on this line" test used for recovery.</summary>
internal static class BibSyntax
{
    /// <summary>Characters BibTeX never allows in an identifier (entry type, field or macro name).</summary>
    private const string NonIdentifierAscii = "\"#%'(),={}";

    private static readonly bool[] IdentifierAscii = BuildIdentifierTable();

    /// <summary>What ends a run of plain text inside a braced value.</summary>
    public static readonly SearchValues<char> BracedStops = SearchValues.Create("{}\n\r");

    /// <summary>What ends a run of plain text inside a quoted value.</summary>
    public static readonly SearchValues<char> QuotedStops = SearchValues.Create("{}\"\n\r");

    private static bool[] BuildIdentifierTable()
    {
        var table = new bool[128];
        for (var c = '!'; c < '\x7f'; c++) table[c] = !NonIdentifierAscii.Contains(c, StringComparison.Ordinal);
        return table;
    }

    public static bool IsIdentifier(char c) => c < 128 ? IdentifierAscii[c] : !char.IsWhiteSpace(c);

    public static bool IsWhiteSpace(char c) => c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c > 127 && char.IsWhiteSpace(c)) || c == '\f' || c == '\v';

    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>
    /// True when <paramref name="at"/> holds an <c>@</c> that begins its line (after spaces or tabs) and is followed
    /// by a type and an opening delimiter: <c>@article{</c>, <c>  @STRING (</c>. This is the recovery point for
    /// unbalanced braces and quotes (see <see cref="BibReader"/>).
    /// </summary>
    public static bool IsEntryStartLine(string text, int at)
    {
        if (at >= text.Length || text[at] != '@') return false;
        var b = at - 1;
        while (b >= 0 && text[b] is ' ' or '\t') b--;
        if (b >= 0 && !IsLineBreak(text[b])) return false;
        return HasTypeAndDelimiter(text, at);
    }

    /// <summary>True when the line starting after the break at <paramref name="lineBreak"/> begins a new entry.</summary>
    public static bool NextLineStartsEntry(string text, int lineBreak)
    {
        var p = lineBreak + 1;
        while (p < text.Length && text[p] is ' ' or '\t') p++;
        return p < text.Length && text[p] == '@' && HasTypeAndDelimiter(text, p);
    }

    private static bool HasTypeAndDelimiter(string text, int at)
    {
        var p = at + 1;
        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] is '_' or '-')) p++;
        if (p == at + 1) return false;
        while (p < text.Length && text[p] is ' ' or '\t') p++;
        return p < text.Length && text[p] is '{' or '(';
    }
}
