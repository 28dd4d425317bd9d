using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Server.Protocol;

namespace PapersLsp.Server.Conversion;

/// <summary>Converts between protocol positions (in the negotiated encoding) and the UTF-16 offsets features use.</summary>
public static class Positions
{
    public static int ToOffset(this TextDocument document, Position position, PositionEncoding encoding) =>
        document.Lines.GetOffset(document.Lines.ToUtf16(new LinePosition(position.Line, position.Character), encoding));

    public static LinePosition ToLinePosition(this LineIndex lines, Position position, PositionEncoding encoding) =>
        lines.ToUtf16(new LinePosition(position.Line, position.Character), encoding);

    /// <summary>The UTF-16 span of a protocol range in this document.</summary>
    public static TextSpan ToSpan(this TextDocument document, Protocol.Range range, PositionEncoding encoding) =>
        document.Lines.GetSpan(new LineRange(document.Lines.ToLinePosition(range.Start, encoding), document.Lines.ToLinePosition(range.End, encoding)));

    public static Position ToProtocol(this LineIndex lines, int offset, PositionEncoding encoding)
    {
        var p = lines.FromUtf16(lines.GetPosition(offset), encoding);
        return new Position(p.Line, p.Character);
    }

    public static Protocol.Range ToProtocol(this LineIndex lines, TextSpan span, PositionEncoding encoding) =>
        new(lines.ToProtocol(span.Start, encoding), lines.ToProtocol(span.End, encoding));

    public static Protocol.Range ToProtocol(this TextDocument document, TextSpan span, PositionEncoding encoding) =>
        document.Lines.ToProtocol(span, encoding);
}
