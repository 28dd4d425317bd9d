using System.Text.Json.Nodes;

namespace PapersLsp.LoadDriver;

/// <summary>Offsets to LSP positions (0-based line, UTF-16 character) for a document's text.</summary>
public sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    public (int Line, int Character) At(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return (line, offset - _lineStarts[line]);
    }

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public JsonObject PositionAt(int offset)
    {
        var (line, character) = At(offset);
        return Position(line, character);
    }

    /// <summary>Offsets in the middle of every new-style id (four digits, dot, four or five digits), found by a plain scan.</summary>
    public IReadOnlyList<int> IdMiddles()
    {
        var offsets = new List<int>();
        var t = Text;
        for (var i = 4; i + 5 < t.Length; i++)
        {
            if (t[i] != '.' || !AllDigits(t, i - 4, 4) || (i >= 5 && char.IsAsciiDigit(t[i - 5]))) continue;
            var digits = 0;
            while (i + 1 + digits < t.Length && char.IsAsciiDigit(t[i + 1 + digits])) digits++;
            if (digits is 4 or 5) offsets.Add(i + 1);
        }
        return offsets;
    }

    private static bool AllDigits(string t, int start, int count)
    {
        for (var i = start; i < start + count; i++)
            if (!char.IsAsciiDigit(t[i])) return false;
        return true;
    }
}
