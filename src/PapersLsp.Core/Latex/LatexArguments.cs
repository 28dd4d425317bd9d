namespace PapersLsp.Core.Latex;

/// <summary>
/// Reads command arguments tolerantly: spaces, line breaks and <c>%</c> comments may separate them, but a blank
/// line (a paragraph break) ends the command, and a group that does not close within a bound is not a group —
/// so half-typed text never makes the scan run away.
/// </summary>
internal static class LatexArguments
{
    private const int MaxGroupLength = 50_000;
    private const int MaxOptionalLength = 1_000;

    /// <summary>Skips spaces, single line breaks and comments; stops before a blank line.</summary>
    public static int SkipSpace(string text, int pos)
    {
        var newlines = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '\n')
            {
                if (++newlines > 1) return pos;
                pos++;
            }
            else if (c is ' ' or '\t' or '\r') pos++;
            else if (c == '%') pos = EndOfLine(text, pos);
            else return pos;
        }
        return pos;
    }

    /// <summary>The offset of the line break ending the line that contains <paramref name="pos"/> (or the text's end).</summary>
    public static int EndOfLine(string text, int pos)
    {
        var nl = text.IndexOfAny(['\n', '\r'], pos);
        return nl < 0 ? text.Length : nl;
    }

    /// <summary>
    /// When a group delimited by <paramref name="open"/>/<paramref name="close"/> starts at <paramref name="pos"/>,
    /// returns the offset just past its closing delimiter, or -1. Braces nest, <c>\x</c> escapes and comments are
    /// skipped (<paramref name="verbatim"/>: <c>%</c> is text, as in <c>\url</c>). A blank line ends the attempt, as
    /// it ends a LaTeX argument; so does a command when <paramref name="stopAtCommand"/> (keys, paths and URLs hold
    /// none), which keeps failed attempts from re-reading text the main scan reads anyway.
    /// </summary>
    public static int ReadGroup(string text, int pos, char open, char close, bool verbatim = false, bool stopAtCommand = false, int maxLength = MaxGroupLength)
    {
        if (pos >= text.Length || text[pos] != open) return -1;
        var depth = 0;
        var limit = Math.Min(text.Length, pos + maxLength);
        for (var i = pos; i < limit; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (stopAtCommand && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1])) return -1;
                i++;
                continue;
            }
            if (c == '\n' && IsBlankLineAfter(text, i + 1)) return -1;
            if (c == '%' && !verbatim) { i = EndOfLine(text, i) - 1; continue; }
            if (c == open && (open != '[' || depth == 0)) depth++;
            else if (c == close && depth == 1) return i + 1;
            else if (c == close) depth--;
            else if (open != '{' && c == '{')
            {
                // Braces protect the closing delimiter inside optional arguments: [{]}].
                var inner = ReadGroup(text, i, '{', '}', verbatim, stopAtCommand, limit - i);
                if (inner < 0) return -1;
                i = inner - 1;
            }
        }
        return -1;
    }

    private static bool IsBlankLineAfter(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\r') pos++;
        return pos < text.Length && text[pos] == '\n';
    }

    /// <summary>Skips any number of optional arguments <c>[..]</c>; returns where the next argument may start.</summary>
    public static int SkipOptionals(string text, int pos, char open = '[', char close = ']')
    {
        while (true)
        {
            var at = SkipSpace(text, pos);
            var after = ReadGroup(text, at, open, close, maxLength: MaxOptionalLength);
            if (after < 0) return pos;
            pos = after;
        }
    }
}
