using System.Text;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Bibtex;

/// <summary>Field values: braced and quoted literals, numbers and macros, joined by <c>#</c>.</summary>
internal sealed partial class BibReader
{
    private readonly StringBuilder _joined = new();

    /// <param name="Text">Delimiters removed, macros expanded, parts concatenated.</param>
    /// <param name="Span">The value as written.</param>
    /// <param name="Literal">The text of a single literal part without its delimiters.</param>
    private readonly record struct BibValue(string Text, TextSpan Span, TextSpan? Literal);

    /// <summary>Reads a value starting at <paramref name="start"/>; leaves <see cref="_pos"/> just after it.</summary>
    private BibValue ReadValue(int start)
    {
        var text = _text;
        var p = start;
        var end = start;
        var parts = 0;
        string value = "";
        TextSpan? literal = null;
        while (true)
        {
            if (p >= text.Length || !IsValueStart(text[p]) || StartsNextEntry(p))
            {
                Error(p, 0, parts == 0 ? "expected a value" : "expected a value after '#'");
                _pos = p;
                break;
            }
            var (part, partLiteral, next) = text[p] switch
            {
                '{' => ReadBraced(p),
                '"' => ReadQuoted(p),
                _ => ReadWord(p),
            };
            if (parts == 0)
            {
                value = part;
                literal = partLiteral;
            }
            else
            {
                if (parts == 1) _joined.Clear().Append(value);
                _joined.Append(part);
                literal = null;
            }
            parts++;
            p = end = _pos = next;
            var afterBlank = SkipWhiteSpace(p);
            if (afterBlank >= text.Length || text[afterBlank] != '#') break;
            p = SkipWhiteSpace(afterBlank + 1);
        }
        if (parts > 1) value = _joined.ToString();
        return new BibValue(value, TextSpan.FromBounds(start, end), literal);
    }

    private static bool IsValueStart(char c) => c is '{' or '"' || BibSyntax.IsIdentifier(c);

    private (string Text, TextSpan? Literal, int Next) ReadBraced(int open)
    {
        var text = _text;
        var depth = 1;
        var p = open + 1;
        while (true)
        {
            var i = text.AsSpan(p).IndexOfAny(BibSyntax.BracedStops);
            if (i < 0) return Unclosed(open, text.Length, "'{' is never closed");
            p += i;
            var c = text[p];
            if (c == '{') depth++;
            else if (c == '}')
            {
                if (--depth == 0) return (text.Substring(open + 1, p - open - 1), TextSpan.FromBounds(open + 1, p), p + 1);
            }
            else if (BibSyntax.NextLineStartsEntry(text, p))
            {
                return Unclosed(open, p, "'{' is not closed before the next entry");
            }
            p++;
        }
    }

    /// <summary>A quoted value ends at a <c>"</c> outside braces; braces inside must balance, as in BibTeX.</summary>
    private (string Text, TextSpan? Literal, int Next) ReadQuoted(int open)
    {
        var text = _text;
        var depth = 0;
        var p = open + 1;
        while (true)
        {
            var i = text.AsSpan(p).IndexOfAny(BibSyntax.QuotedStops);
            if (i < 0) return Unclosed(open, text.Length, "'\"' is never closed");
            p += i;
            var c = text[p];
            if (c == '{') depth++;
            else if (c == '}')
            {
                if (depth == 0) Error(p, 1, "unbalanced '}' inside a quoted value");
                else depth--;
            }
            else if (c == '"')
            {
                if (depth == 0) return (text.Substring(open + 1, p - open - 1), TextSpan.FromBounds(open + 1, p), p + 1);
            }
            else if (BibSyntax.NextLineStartsEntry(text, p))
            {
                return Unclosed(open, p, "'\"' is not closed before the next entry");
            }
            p++;
        }
    }

    /// <summary>An unterminated literal keeps its text up to where reading stopped.</summary>
    private (string Text, TextSpan? Literal, int Next) Unclosed(int open, int stop, string message)
    {
        Error(open, 1, message);
        _valueRanIntoNextEntry = true;
        var end = TrimEnd(stop, open + 1);
        return (_text.Substring(open + 1, end - open - 1), TextSpan.FromBounds(open + 1, end), end);
    }

    /// <summary>A bare number, or a macro name expanded through the <c>@string</c>s seen so far.</summary>
    private (string Text, TextSpan? Literal, int Next) ReadWord(int start)
    {
        var text = _text;
        var p = start;
        while (p < text.Length && BibSyntax.IsIdentifier(text[p])) p++;
        var word = text.AsSpan(start, p - start);
        if (IsNumber(word)) return (word.ToString(), TextSpan.FromBounds(start, p), p);
        if (_macros.TryGet(word, out var expansion)) return (expansion, null, p);
        Error(start, p - start, char.IsAsciiDigit(word[0])
            ? $"'{word}' is neither a number nor a macro; put it in braces"
            : $"undefined macro '{word}'");
        return (word.ToString(), null, p);
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
