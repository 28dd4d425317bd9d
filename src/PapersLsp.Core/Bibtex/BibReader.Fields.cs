using PapersLsp.Core.Text;

namespace PapersLsp.Core.Bibtex;

/// <summary>The <c>name = value, …</c> lists of entries and <c>@string</c>s, and <c>@preamble</c>.</summary>
internal sealed partial class BibReader
{
    /// <summary>The field names of the entry being read, to report repeats in linear time.</summary>
    private readonly HashSet<string> _entryFieldNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads <c>name = value</c> pairs from <paramref name="p"/> to the closing delimiter and returns the end of the
    /// command. With <paramref name="fields"/> null the pairs are <c>@string</c> definitions (several per command are
    /// accepted, as biber does).
    /// </summary>
    private int ReadAssignments(int p, int open, char close, List<BibField>? fields)
    {
        var text = _text;
        var afterSeparator = true;
        while (true)
        {
            p = SkipWhiteSpace(p);
            if (p >= text.Length)
            {
                if (!_valueRanIntoNextEntry) Error(open, 1, $"'{text[open]}' is never closed");
                return TrimEnd(p, open + 1);
            }
            var c = text[p];
            if (c == close) return p + 1;
            if (c == '@' && BibSyntax.IsEntryStartLine(text, p))
            {
                if (!_valueRanIntoNextEntry) Error(open, 1, $"'{text[open]}' is not closed before the next entry");
                return TrimEnd(p, open + 1);
            }
            if (c == ',')
            {
                if (afterSeparator && fields is not null && fields.Count > 0) Error(p, 1, "extra ','");
                afterSeparator = true;
                p++;
                continue;
            }
            if (c == '%')
            {
                // A commented-out field: biber accepts these and users write them; skip the line.
                while (p < text.Length && !BibSyntax.IsLineBreak(text[p])) p++;
                continue;
            }
            if (!BibSyntax.IsIdentifier(c))
            {
                Error(p, 1, $"unexpected '{c}'");
                p = SkipToFieldEnd(p, close);
                continue;
            }
            if (!afterSeparator) Error(TrimEnd(p, open + 1), 0, "expected ',' between fields");
            p = ReadAssignment(p, close, fields);
            afterSeparator = false;
        }
    }

    private int ReadAssignment(int nameStart, char close, List<BibField>? fields)
    {
        var text = _text;
        var p = nameStart;
        while (p < text.Length && BibSyntax.IsIdentifier(text[p])) p++;
        var nameEnd = p;
        p = SkipWhiteSpace(p);
        if (p >= text.Length || text[p] != '=')
        {
            Error(nameStart, nameEnd - nameStart, $"expected '=' after '{text[nameStart..nameEnd]}'");
            return SkipToFieldEnd(p, close);
        }
        var value = ReadValue(SkipWhiteSpace(p + 1));
        var name = _names.LowerCase(text.AsSpan(nameStart, nameEnd - nameStart));
        var span = TextSpan.FromBounds(nameStart, value.Span.End);
        if (fields is not null)
        {
            // BibTeX keeps the first and ignores the rest (so does BibEntry.Field); say so where the repeat is.
            if (!_entryFieldNames.Add(name)) Error(nameStart, nameEnd - nameStart, $"repeated field '{name}'; the first one is used");
            fields.Add(new BibField(name, value.Text, span, value.Span) { LiteralSpan = value.Literal });
        }
        else
        {
            _macros.Define(name, value.Text);
            _strings.Add(new BibStringDefinition(name, value.Text, span));
        }
        return _pos;
    }

    private int ReadPreamble(int open, char close)
    {
        var text = _text;
        var p = SkipWhiteSpace(open + 1);
        if (p < text.Length && text[p] == close) return p + 1;
        if (!StartsNextEntry(p))
        {
            ReadValue(p);
            p = SkipWhiteSpace(_pos);
        }
        if (p < text.Length && text[p] == close) return p + 1;
        if (p >= text.Length || StartsNextEntry(p))
        {
            if (!_valueRanIntoNextEntry) Error(open, 1, $"'{text[open]}' is never closed");
            return TrimEnd(p, open + 1);
        }
        Error(p, 1, $"expected '{close}' to end @preamble");
        p = SkipToFieldEnd(p, close);
        return p < text.Length && text[p] == close ? p + 1 : p;
    }

    /// <summary>Skips a field that cannot be read, to the next <c>,</c> or closing delimiter outside braces, or the next entry.</summary>
    private int SkipToFieldEnd(int p, char close)
    {
        var text = _text;
        var depth = 0;
        for (; p < text.Length; p++)
        {
            var c = text[p];
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (depth == 0 && (c == ',' || c == close)) return p;
            else if (BibSyntax.IsLineBreak(c) && BibSyntax.NextLineStartsEntry(text, p)) return p + 1;
        }
        return p;
    }
}
