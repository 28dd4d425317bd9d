using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>Runs the extractor over a corpus file and says which field each reference came from.</summary>
internal sealed class BibCorpusArxiv
{
    private readonly BibField[] _fields;

    public BibCorpusArxiv(string path)
    {
        Text = BibCorpus.Read(path);
        Document = BibParser.Parse(Text);
        BibArxivExtractor.Extract(Text, Document, Found, Malformed);
        _fields = Document.Entries.SelectMany(e => e.Fields).ToArray();
    }

    public string Text { get; }
    public BibDocument Document { get; }
    public List<ArxivReference> Found { get; } = [];
    public List<MalformedArxivReference> Malformed { get; } = [];

    /// <summary>The field whose value holds the reference.</summary>
    public BibField FieldOf(ArxivReference r)
    {
        // Fields are in source order and do not overlap: the last one starting at or before the reference holds it.
        var (lo, hi) = (0, _fields.Length - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_fields[mid].ValueSpan.Start <= r.Span.Start) lo = mid;
            else hi = mid - 1;
        }
        var field = _fields[lo];
        Assert.True(field.ValueSpan.Start <= r.Span.Start && r.Span.End <= field.ValueSpan.End, $"{r.Span} is in no field");
        return field;
    }

    /// <summary>Counts per field name, as <c>doi=3 eprint=2378</c> (names sorted), of the references found in the named fields.</summary>
    public string CountsByField(IReadOnlyCollection<string> names)
    {
        var counts = Found
            .Select(r => FieldOf(r).Name)
            .Where(names.Contains)
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}={g.Count()}");
        return string.Join(" ", counts);
    }
}
