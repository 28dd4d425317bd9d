namespace PapersLsp.Core.Text;

/// <summary>A zero-based line and UTF-16 character offset in that line (the LSP default encoding).</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition a, LinePosition b) => a.CompareTo(b) < 0;
    public static bool operator >(LinePosition a, LinePosition b) => a.CompareTo(b) > 0;
    public static bool operator <=(LinePosition a, LinePosition b) => a.CompareTo(b) <= 0;
    public static bool operator >=(LinePosition a, LinePosition b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>A range between two line positions, end exclusive.</summary>
public readonly record struct LineRange(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}
