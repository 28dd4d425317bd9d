using System.Text;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// Makes catalog text safe inside a braced BibTeX field that bibtex, biber and pdflatex all accept, while keeping
/// the LaTeX that is already there (<c>$\alpha$</c>, <c>\emph{x}</c>, <c>\&amp;</c>): text from arXiv is TeX, text
/// from web pages is not, and one value may mix both. Well-formed TeX comes out unchanged.
/// </summary>
public static class TexText
{
    /// <summary>Characters that may follow a backslash to form a TeX control symbol (<c>\&amp;</c>, <c>\'</c>, <c>\ </c>).</summary>
    private const string ControlSymbols = "\\&%$#_{}~^'\"`.=-,;:!@|/ ()[]";

    /// <summary>Escapes the special characters of plain text and repairs what would stop bibtex or LaTeX.</summary>
    /// <remarks>
    /// A single pass: a backslash starts a command only before a letter or a control-symbol character (else it is
    /// a literal <c>\textbackslash{}</c>); <c>$</c> toggles math when it has a partner (a lone last one is literal);
    /// outside math <c>_</c>, <c>^</c> and stray <c>~</c> are literal; <c>&amp; % #</c> are always literal.
    /// Braces are counted as bibtex counts them — escaped or not — and an unmatched one becomes
    /// <c>\textbraceleft{}</c>/<c>\textbraceright{}</c>, since a bare one would end the field or swallow the entry.
    /// </remarks>
    public static string Escape(string text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var unmatched = UnmatchedBraces(text);
        var lastPairedDollar = LastPairedDollar(text);
        var output = new StringBuilder(text.Length + 16);
        var inMath = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    i = Backslash(text, i, unmatched, output, ref inMath);
                    break;
                case '{':
                case '}':
                    if (unmatched.Contains(i)) output.Append(LiteralBrace(c, inMath));
                    else output.Append(c);
                    break;
                case '$':
                    if (i <= lastPairedDollar) { inMath = !inMath; output.Append('$'); }
                    else output.Append(@"\$");
                    break;
                case '&' or '%' or '#':
                    output.Append('\\').Append(c);
                    break;
                case '_':
                    output.Append(inMath ? "_" : @"\_");
                    break;
                case '^':
                    output.Append(inMath ? "^" : @"\textasciicircum{}");
                    break;
                case '~':
                    output.Append(inMath || IsTie(text, i) ? "~" : @"\textasciitilde{}");
                    break;
                default:
                    AppendCharacter(text, i, c, inMath, output);
                    break;
            }
        }
        return output.ToString();
    }

    /// <summary>Handles the backslash at <paramref name="i"/>; returns the index of the last character consumed.</summary>
    private static int Backslash(string text, int i, HashSet<int> unmatched, StringBuilder output, ref bool inMath)
    {
        if (i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || ControlSymbols.Contains(text[i + 1], StringComparison.Ordinal)))
        {
            output.Append(inMath ? @"\backslash " : @"\textbackslash{}");
            return i;
        }
        var next = text[i + 1];
        if (char.IsAsciiLetter(next))
        {
            var end = i + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
            output.Append(text, i, end - i);
            return end - 1;
        }
        if ((next == '{' || next == '}') && unmatched.Contains(i + 1))
            output.Append(LiteralBrace(next, inMath));
        else
        {
            if (next is '(' or '[') inMath = true;
            else if (next is ')' or ']') inMath = false;
            output.Append('\\').Append(next);
        }
        return i + 1;
    }

    private static void AppendCharacter(string text, int i, char c, bool inMath, StringBuilder output)
    {
        if (char.IsControl(c)) { output.Append(' '); return; }
        if (TexSymbols.MathFor(c) is not { } math) { output.Append(c); return; }
        if (!math.StartsWith('\\')) output.Append(math);
        else if (inMath) output.Append(math).Append(i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]) ? " " : "");
        else output.Append(@"\ensuremath{").Append(math).Append('}');
    }

    /// <summary>A brace that must not count as one for bibtex: a text symbol, or a math delimiter inside math.</summary>
    private static string LiteralBrace(char brace, bool inMath) => (brace, inMath) switch
    {
        ('{', false) => @"\textbraceleft{}",
        ('}', false) => @"\textbraceright{}",
        ('{', true) => @"\lbrace ",
        _ => @"\rbrace ",
    };

    /// <summary>A tilde between two non-space characters is TeX's tie (<c>Fig.~1</c>); elsewhere it is a literal.</summary>
    private static bool IsTie(string text, int i) =>
        i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]) && text[i - 1] != '\\';

    /// <summary>Positions of braces without a partner, counted as bibtex counts them (a backslash does not hide a brace).</summary>
    private static HashSet<int> UnmatchedBraces(string text)
    {
        var open = new Stack<int>();
        var unmatched = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') open.Push(i);
            else if (text[i] == '}' && !open.TryPop(out _)) unmatched.Add(i);
        }
        foreach (var i in open) unmatched.Add(i);
        return unmatched;
    }

    /// <summary>Index of the last unescaped <c>$</c> that closes a math span, or -1: with an odd count the last is literal.</summary>
    private static int LastPairedDollar(string text)
    {
        var dollars = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '$') dollars.Add(i);
        }
        var paired = dollars.Count - dollars.Count % 2;
        return paired == 0 ? -1 : dollars[paired - 1];
    }
}
