using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Text;

public sealed class TextChangeTests
{
    private static TextChange Replace(int l1, int c1, int l2, int c2, string text) => new(new LineRange(new(l1, c1), new(l2, c2)), text);

    [Theory]
    [InlineData("hello world", 0, 6, 0, 11, "there", "hello there")]
    [InlineData("a\r\nb\r\nc", 1, 0, 1, 1, "B", "a\r\nB\r\nc")]
    [InlineData("a\nb", 0, 1, 1, 0, "", "ab")]
    [InlineData("a\rb", 1, 0, 1, 1, "x", "a\rx")]
    [InlineData("😀 x", 0, 2, 0, 3, "", "😀x")]
    [InlineData("数学 ab", 0, 3, 0, 5, "cd", "数学 cd")]
    [InlineData("short", 0, 3, 9, 99, "!", "sho!")] // positions past the end clamp
    public void Applies_a_range_replacement(string text, int l1, int c1, int l2, int c2, string newText, string expected) =>
        Assert.Equal(expected, TextChange.ApplyAll(text, [Replace(l1, c1, l2, c2, newText)]));

    [Fact]
    public void Applies_changes_in_order_each_against_the_previous_result()
    {
        var result = TextChange.ApplyAll("abc", [Replace(0, 3, 0, 3, "d"), Replace(0, 0, 0, 1, ""), new TextChange(null, "whole"), Replace(0, 5, 0, 5, "!")]);
        Assert.Equal("whole!", result);
    }
}
