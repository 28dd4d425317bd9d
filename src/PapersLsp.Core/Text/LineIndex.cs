namespace PapersLsp.Core.Text;

/// <summary>
/// Maps between UTF-16 offsets and line/character positions. Lines end at "\n", "\r\n" or a lone "\r",
/// as the LSP specification says.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>Offset just past the line's content, before its line break.</summary>
    public int LineContentEnd(int line)
    {
        line = Math.Clamp(line, 0, _lineStarts.Length - 1);
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>
    /// The offset of a position; positions past the end of a line clamp to the line's end and lines past the
    /// end of the document clamp to the document's end, as LSP asks servers to do.
    /// </summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return Text.Length;
        var start = _lineStarts[position.Line];
        var end = LineContentEnd(position.Line);
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }

    public LineRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    public TextSpan GetSpan(LineRange range)
    {
        var start = GetOffset(range.Start);
        var end = GetOffset(range.End);
        return end >= start ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(end, start);
    }
}
