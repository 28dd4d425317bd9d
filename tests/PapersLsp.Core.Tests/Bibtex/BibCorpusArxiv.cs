using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>Runs the extractor over a corpus file and says which field each reference came from.</summary>
internal sealed class BibCorpusArxiv
{
    public BibCorpusArxiv(string path)
    {
        Text = BibCorpus.Read(path);
        Document = BibParser.Parse(Text);
        BibArxivExtractor.Extract(Text, Document, Found, Malformed);
    }

    public string Text { get; }
    public BibDocument Document { get; }
    public List<ArxivReference> Found { get; } = [];
    public List<MalformedArxivReference> Malformed { get; } = [];

    /// <summary>The field whose value holds the reference.</summary>
    public BibField FieldOf(ArxivReference r) =>
        Document.Entries.SelectMany(e => e.Fields).First(f => f.ValueSpan.Start <= r.Span.Start && r.Span.End <= f.ValueSpan.End);

    /// <summary>Counts per field name, as <c>doi=3 eprint=2378</c> (names sorted), of the references found in the named fields.</summary>
    public string CountsByField(IReadOnlyCollection<string> names)
    {
        var fields = Document.Entries.SelectMany(e => e.Fields).ToList();
        var counts = Found
            .Select(r => fields.First(f => f.ValueSpan.Start <= r.Span.Start && r.Span.End <= f.ValueSpan.End).Name)
            .Where(names.Contains)
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}={g.Count()}");
        return string.Join(" ", counts);
    }
}
