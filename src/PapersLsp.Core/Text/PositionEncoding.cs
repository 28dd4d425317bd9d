using System.Text;

namespace PapersLsp.Core.Text;

/// <summary>How a client counts characters in a line: UTF-16 code units (LSP's default) or UTF-8 bytes.</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
}

/// <summary>Converts positions between the client's encoding and the UTF-16 offsets the server works in.</summary>
public static class PositionEncodings
{
    /// <summary>From the client's encoding to UTF-16.</summary>
    public static LinePosition ToUtf16(this LineIndex lines, LinePosition position, PositionEncoding encoding)
    {
        if (encoding == PositionEncoding.Utf16 || position.Line < 0 || position.Line >= lines.LineCount) return position;
        var start = lines.LineStart(position.Line);
        var end = lines.LineContentEnd(position.Line);
        var bytes = 0;
        var i = start;
        while (i < end && bytes < position.Character)
        {
            var width = Utf8Width(lines.Text, i, out var units);
            if (bytes + width > position.Character) break; // inside a character: snap to its start
            bytes += width;
            i += units;
        }
        return new LinePosition(position.Line, i - start);
    }

    /// <summary>From UTF-16 to the client's encoding.</summary>
    public static LinePosition FromUtf16(this LineIndex lines, LinePosition position, PositionEncoding encoding)
    {
        if (encoding == PositionEncoding.Utf16 || position.Line < 0 || position.Line >= lines.LineCount) return position;
        var start = lines.LineStart(position.Line);
        var end = Math.Min(start + position.Character, lines.LineContentEnd(position.Line));
        var bytes = 0;
        for (var i = start; i < end;)
        {
            bytes += Utf8Width(lines.Text, i, out var units);
            i += units;
        }
        return new LinePosition(position.Line, bytes);
    }

    private static int Utf8Width(string text, int index, out int units)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            units = 2;
            return 4;
        }
        units = 1;
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    public static string WireName(this PositionEncoding encoding) => encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16";

    /// <summary>Byte length of a string in UTF-8 (for tests and sizes).</summary>
    public static int Utf8Length(string s) => Encoding.UTF8.GetByteCount(s);
}
