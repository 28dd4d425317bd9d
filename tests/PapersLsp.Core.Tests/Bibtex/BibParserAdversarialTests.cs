using System.Diagnostics;
using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>Inputs shaped to make a careless parser quadratic; each is about a million characters.</summary>
public class BibParserAdversarialTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "one entry, 100k fields", "@a{k," + string.Concat(Enumerable.Repeat("f = {x},", 100_000)) + "}" },
        { "a million opening braces", "@a{k, t = " + new string('{', 1_000_000) },
        { "100k unclosed comments", string.Concat(Enumerable.Repeat("@comment{ x\n", 100_000)) },
        { "100k entries without delimiters", string.Concat(Enumerable.Repeat("@x          ", 100_000)) },
        { "100k broken entries", string.Concat(Enumerable.Repeat("@a{k, t = {x\n", 100_000)) },
        { "long blank runs between @", "@" + new string(' ', 500_000) + "@" + new string('\t', 500_000) + "@a{k,}" },
        { "100k commas", "@a{k" + new string(',', 100_000) + "}" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parses_in_linear_time(string shape, string text)
    {
        var sw = Stopwatch.StartNew();
        var doc = BibParser.Parse(text + "\n@z{last,}");
        sw.Stop();
        Assert.Equal("last", doc.Entries[^1].Key); // and recovery still reaches the entry after the mess
        // A quadratic parser takes minutes on these; a linear one milliseconds. The bound only catches the former.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"{shape}: {sw.Elapsed}");
    }
}
