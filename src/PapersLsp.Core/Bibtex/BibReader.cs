using PapersLsp.Core.Text;

namespace PapersLsp.Core.Bibtex;

/// <summary>
/// One parse of a .bib file. The language is BibTeX 0.99's: text outside entries is ignored (so <c>%</c> lines
/// between entries are just text), <c>@type{…}</c> or <c>@type(…)</c> holds a key and <c>name = value</c> fields,
/// values are <c>{…}</c>, <c>"…"</c>, numbers or macros joined by <c>#</c>.
/// <para>
/// Recovery. BibTeX reads an unbalanced <c>{</c> to the end of the file and loses every entry after it (on the
/// Better BibTeX library in the corpus it reads 680 of 988 entries). Biber's btparse notices a line that starts
/// with <c>@article</c> inside a value, reports a syntax error there and skips to that <c>@</c> (checked with
/// biber 2.18 <c>--tool</c>, which then refuses the whole file). We resynchronise at the same place and go on:
/// at an <c>@</c> that begins a line (after spaces or tabs) and is followed by a type and <c>{</c> or <c>(</c>.
/// An <c>@</c> elsewhere inside a value (an e-mail address) never ends anything; a value that really holds such a
/// line is the one case read differently from BibTeX. The broken value or entry keeps its text up to that line
/// and one error points at the delimiter that was never closed.
/// </para>
/// </summary>
internal sealed partial class BibReader
{
    private readonly string _text;
    private readonly List<BibEntry> _entries = [];
    private readonly List<BibStringDefinition> _strings = [];
    private readonly List<BibSyntaxError> _errors = [];
    private readonly BibMacroTable _macros = new();
    private readonly BibNameTable _names = new();
    private int _pos;

    /// <summary>Set when a value ran into the next entry, so the entry's own "never closed" is not reported twice.</summary>
    private bool _valueRanIntoNextEntry;

    public BibReader(string text) => _text = text;

    public BibDocument Read()
    {
        while (_pos < _text.Length)
        {
            var at = _text.IndexOf('@', _pos);
            if (at < 0) break;
            ReadCommand(at);
        }
        return new BibDocument(_entries, _strings, InPositionOrder(_errors));
    }

    private void ReadCommand(int at)
    {
        var text = _text;
        // An @ glued to a word (an e-mail address between entries) is text, as it is to a reader.
        if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            _pos = at + 1;
            return;
        }
        var typeStart = at + 1;
        var p = typeStart;
        while (p < text.Length && BibSyntax.IsIdentifier(text[p])) p++;
        if (p == typeStart)
        {
            Error(at, 1, "'@' must be followed by an entry type");
            _pos = at + 1;
            return;
        }
        var type = _names.LowerCase(text.AsSpan(typeStart, p - typeStart));
        var open = SkipWhiteSpace(p);
        var hasDelimiter = open < text.Length && text[open] is '{' or '(';
        if (type == "comment")
        {
            _pos = hasDelimiter ? SkipComment(open) : p;
            return;
        }
        if (!hasDelimiter)
        {
            Error(at, p - at, $"expected '{{' or '(' after @{text[typeStart..p]}");
            _pos = p;
            return;
        }
        var close = text[open] == '{' ? '}' : ')';
        _valueRanIntoNextEntry = false;
        switch (type)
        {
            case "string":
                _pos = ReadAssignments(open + 1, open, close, null);
                break;
            case "preamble":
                _pos = ReadPreamble(open, close);
                break;
            default:
                ReadEntry(at, type, open, close);
                break;
        }
    }

    /// <summary>
    /// <c>@comment{…}</c> hides a balanced group, as biber reads it; BibTeX itself skips only the word, so
    /// <c>@comment Tom Dean</c> (no delimiter) hides just the word. A line inside the group that starts an entry ends
    /// the comment — BibTeX would read that entry too.
    /// </summary>
    private int SkipComment(int open)
    {
        var text = _text;
        var openChar = text[open];
        var closeChar = openChar == '{' ? '}' : ')';
        var depth = 0;
        for (var p = open; p < text.Length; p++)
        {
            var c = text[p];
            if (c == openChar) depth++;
            else if (c == closeChar && --depth == 0) return p + 1;
            else if (BibSyntax.IsLineBreak(c) && BibSyntax.NextLineStartsEntry(text, p)) return p + 1;
        }
        return text.Length;
    }

    private void ReadEntry(int at, string type, int open, char close)
    {
        var text = _text;
        var fields = new List<BibField>();
        _entryFieldNames.Clear();
        var keyStart = SkipWhiteSpace(open + 1);
        var p = keyStart;
        if (!StartsNextEntry(p))
            while (p < text.Length && !IsKeyEnd(text[p], close)) p++;
        var key = text.Substring(keyStart, p - keyStart);
        var keySpan = TextSpan.FromBounds(keyStart, p);
        p = SkipWhiteSpace(p);
        int end;
        if (p < text.Length && text[p] == '=')
        {
            // @misc{title = …}: a field where the key should be.
            Error(keyStart, 0, "the entry has no key");
            key = "";
            keySpan = new TextSpan(keyStart, 0);
            end = ReadAssignments(keyStart, open, close, fields);
        }
        else if (p < text.Length && text[p] == ',')
        {
            end = ReadAssignments(p + 1, open, close, fields);
        }
        else
        {
            if (p < text.Length && text[p] != close && !StartsNextEntry(p)) Error(p, 0, "expected ',' after the key");
            end = ReadAssignments(p, open, close, fields);
        }
        // A recovered entry ends at its last non-blank character, but never before what it holds (an empty key or value at the end).
        end = Math.Max(end, fields.Count > 0 ? Math.Max(keySpan.End, fields[^1].Span.End) : keySpan.End);
        _pos = Math.Max(_pos, end);
        _entries.Add(new BibEntry(type, key, keySpan, TextSpan.FromBounds(at, end), fields));
    }

    // Beyond BibTeX's rule (',' blanks and the closing delimiter) a key also stops at '=' so that a missing key
    // (@misc{title = …}) is noticed, and at braces, which no tool accepts in a key.
    private static bool IsKeyEnd(char c, char close) =>
        c == ',' || c == close || c is '{' or '}' or '=' || BibSyntax.IsWhiteSpace(c);

    private bool StartsNextEntry(int p) => p < _text.Length && _text[p] == '@' && BibSyntax.IsEntryStartLine(_text, p);

    private int SkipWhiteSpace(int p)
    {
        var text = _text;
        while (p < text.Length && BibSyntax.IsWhiteSpace(text[p])) p++;
        return p;
    }

    /// <summary>The end of the last non-blank character before <paramref name="p"/>, not before <paramref name="floor"/>.</summary>
    private int TrimEnd(int p, int floor)
    {
        while (p > floor && BibSyntax.IsWhiteSpace(_text[p - 1])) p--;
        return p;
    }

    private void Error(int start, int length, string message) => _errors.Add(new BibSyntaxError(new TextSpan(start, length), message));

    private static List<BibSyntaxError> InPositionOrder(List<BibSyntaxError> errors)
    {
        for (var i = 1; i < errors.Count; i++)
            if (errors[i].Span.Start < errors[i - 1].Span.Start)
                return errors.OrderBy(e => e.Span.Start).ToList(); // stable, and rare
        return errors;
    }
}
