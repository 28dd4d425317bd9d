using System.Diagnostics;
using System.Text;
using PapersLsp.Core.Bibtex;
using Xunit.Abstractions;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>Rough throughput, printed and not asserted (the machine is shared); the BenchmarkDotNet project measures properly.</summary>
public class BibThroughputTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("kind", "throughput")]
    public void Hepml()
    {
        var text = BibCorpus.Read("latex/HEPML/HEPML.bib");
        var doc = Measure("HEPML.bib", text, 40);
        Assert.Equal(2423, doc.Entries.Count);
    }

    [Fact]
    [Trait("kind", "throughput")]
    public void Generated_20_mb_with_thousands_of_strings()
    {
        var bib = LargeBibGenerator.Generate();
        Assert.InRange(bib.Text.Length, 20_000_000, 20_010_000);
        var doc = Measure("generated", bib.Text, 3);
        Assert.Equal(bib.Entries, doc.Entries.Count);
        Assert.Equal(bib.Strings, doc.Strings.Count);
        Assert.Empty(doc.Errors);
        Assert.Contains(" and Letters ", doc.Strings[^4].Value, StringComparison.Ordinal);
        Assert.Equal(LargeBibGenerator.Generate().Text, bib.Text); // deterministic
    }

    private BibDocument Measure(string name, string text, int runs)
    {
        var doc = BibParser.Parse(text); // warm-up and JIT
        var bytes = Encoding.UTF8.GetByteCount(text);
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            doc = BibParser.Parse(text);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        output.WriteLine($"{name}: {bytes / 1e6:F1} MB (UTF-8), {doc.Entries.Count} entries, best of {runs}: {best * 1000:F1} ms = {bytes / 1e6 / best:F0} MB/s");
        return doc;
    }
}
