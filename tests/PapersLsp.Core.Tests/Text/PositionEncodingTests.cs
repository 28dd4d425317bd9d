using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Text;

public sealed class PositionEncodingTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("é!", 1, 2)]      // é is 2 bytes in UTF-8, 1 UTF-16 unit
    [InlineData("数x", 1, 3)]     // CJK: 3 bytes, 1 unit
    [InlineData("😀x", 2, 4)]     // emoji: 4 bytes, 2 units (a surrogate pair)
    [InlineData("a😀b数", 5, 9)]
    public void Utf16_and_utf8_columns_round_trip(string line, int utf16, int utf8)
    {
        var lines = new LineIndex("first\r\n" + line + "\nlast");
        Assert.Equal(new LinePosition(1, utf8), lines.FromUtf16(new LinePosition(1, utf16), PositionEncoding.Utf8));
        Assert.Equal(new LinePosition(1, utf16), lines.ToUtf16(new LinePosition(1, utf8), PositionEncoding.Utf8));
    }

    [Fact]
    public void A_utf8_column_inside_a_character_snaps_to_its_start()
    {
        var lines = new LineIndex("😀x");
        Assert.Equal(new LinePosition(0, 0), lines.ToUtf16(new LinePosition(0, 2), PositionEncoding.Utf8));
    }

    [Fact]
    public void Line_index_handles_crlf_cr_and_lf()
    {
        var lines = new LineIndex("a\r\nb\rc\nd");
        Assert.Equal(4, lines.LineCount);
        Assert.Equal(new LinePosition(2, 0), lines.GetPosition(5));
        Assert.Equal(3, lines.GetOffset(new LinePosition(1, 0)));
        Assert.Equal(4, lines.GetOffset(new LinePosition(1, 99))); // clamps before the line break
        Assert.Equal(8, lines.GetOffset(new LinePosition(40, 0)));
    }
}
