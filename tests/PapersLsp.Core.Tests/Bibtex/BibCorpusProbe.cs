using PapersLsp.Core.Bibtex;
using Xunit.Abstractions;
namespace PapersLsp.Core.Tests.Bibtex;
public class BibCorpusProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData("latex/HEPML/HEPML.bib")]
    [InlineData("latex/lsst-texmf_refs_ads.bib")]
    [InlineData("latex/celerite/celerite.bib")]
    [InlineData("latex/zotero-user-library_issue873.bib")]
    [InlineData("zotero/bbt-2201_inspirehep.bib")]
    [InlineData("zotero/bbt-2911_prepublished-arxiv.bib")]
    [InlineData("zotero/bbt-460_arxiv-identifiers.bib")]
    public void Probe(string path)
    {
        var text = BibCorpus.Read(path);
        var doc = BibParser.Parse(text);
        var li = new PapersLsp.Core.Text.LineIndex(text);
        output.WriteLine($"{path}: entries={doc.Entries.Count} strings={doc.Strings.Count} errors={doc.Errors.Count} fields={doc.Entries.Sum(e => e.Fields.Count)}");
        foreach (var e in doc.Errors.Where(e => !e.Message.StartsWith("undefined macro")).Take(40)) output.WriteLine($"  {li.GetPosition(e.Span.Start)} {e.Message} «{text.Substring(e.Span.Start, Math.Min(40, text.Length - e.Span.Start)).Replace("\n", "⏎")}»");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) BibParser.Parse(text);
        output.WriteLine($"  {text.Length * 2 * 20 / 1e6 / sw.Elapsed.TotalSeconds:F0} MB/s (UTF-16 bytes)");
    }
}
