using CsCheck;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Bibtex;

public class BibParserProperties
{
    /// <summary>Fragments that exercise every state of the parser when strung together at random.</summary>
    private static readonly string[] Fragments =
    [
        "@article{", "@STRING(", "@preamble{", "@comment{", "@Comment ", "@", "@misc(", "{", "}", "(", ")", "\"", ",",
        "=", "#", "%", "\n", "\r\n", " ", "\t", "key", "title", "jan", "2020", "abs/", "é", "😀", "\\", "\n@book{",
    ];

    private static readonly Gen<string> BibSoup = Pick(Fragments).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Arbitrary_strings_parse_without_exceptions_into_ordered_spans_inside_the_text() =>
        Gen.String.Sample(AssertWellFormed, iter: 2000);

    [Fact]
    public void Bib_like_soup_parses_without_exceptions_into_ordered_spans_inside_the_text() =>
        BibSoup.Sample(AssertWellFormed, iter: 5000);

    [Fact]
    public void Extraction_never_throws_and_stays_ordered_inside_the_text() =>
        Gen.OneOf(BibSoup, Pick(["@a{k, eprint = {", "arXiv:", "2104.12255", "}, doi = {10.48550/arXiv.", "abs/", "journal={CoRR},volume={", "2017arXiv170309710F", "}}\n", "adsurl={", "eid = \"", "\""])
            .Array[0, 12].Select(string.Concat)).Sample(text =>
        {
            var found = new List<Core.Arxiv.ArxivReference>();
            var malformed = new List<Core.Arxiv.MalformedArxivReference>();
            BibArxivExtractor.Extract(text, BibParser.Parse(text), found, malformed);
            AssertOrderedInside(text, found.Select(r => r.Span));
            Assert.All(found, r => Assert.True(r.Span.Start <= r.IdSpan.Start && r.IdSpan.End <= r.Span.End));
            AssertOrderedInside(text, malformed.Select(m => m.Span));
        }, iter: 3000);

    [Fact]
    public void Printed_entries_parse_back_to_the_same_type_key_and_fields() =>
        BibEntryGen.Entries.Sample(entries =>
        {
            var text = string.Join("\n% between entries\n", entries.Select(BibEntryGen.Print));
            var doc = BibParser.Parse(text);
            Assert.Empty(doc.Errors);
            Assert.Equal(entries.Length, doc.Entries.Count);
            for (var i = 0; i < entries.Length; i++)
            {
                var (expected, actual) = (entries[i], doc.Entries[i]);
                Assert.Equal(expected.Type.ToLowerInvariant(), actual.Type);
                Assert.Equal(expected.Key, actual.Key);
                Assert.Equal(expected.Fields.Select(f => (f.Name.ToLowerInvariant(), f.Value)), actual.Fields.Select(f => (f.Name, f.Value)));
            }
        }, iter: 1000);

    private static Gen<string> Pick(string[] options) => Gen.Int[0, options.Length - 1].Select(i => options[i]);

    private static void AssertWellFormed(string text)
    {
        var doc = BibParser.Parse(text);
        AssertOrderedInside(text, doc.Entries.Select(e => e.Span));
        AssertOrderedInside(text, doc.Errors.Select(e => e.Span));
        AssertOrderedInside(text, doc.Strings.Select(s => s.Span));
        foreach (var entry in doc.Entries)
        {
            Assert.True(entry.Span.Start <= entry.KeySpan.Start && entry.KeySpan.End <= entry.Span.End, $"key {entry.KeySpan} outside {entry.Span} in {System.Text.Json.JsonSerializer.Serialize(text)}");
            Assert.Equal(entry.Key, text.Substring(entry.KeySpan.Start, entry.KeySpan.Length));
            AssertOrderedInside(text, entry.Fields.Select(f => f.Span));
            foreach (var field in entry.Fields)
            {
                Assert.True(entry.Span.Start <= field.Span.Start && field.Span.End <= entry.Span.End);
                Assert.True(field.Span.Start <= field.ValueSpan.Start && field.ValueSpan.End == field.Span.End);
                if (field.LiteralSpan is { } literal) Assert.Equal(field.Value, text.Substring(literal.Start, literal.Length));
            }
        }
    }

    /// <summary>Spans lie inside the text, do not go backwards and do not overlap.</summary>
    private static void AssertOrderedInside(string text, IEnumerable<TextSpan> spans)
    {
        var previousEnd = 0;
        var previousStart = 0;
        foreach (var span in spans)
        {
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
            Assert.True(span.Start >= previousStart, $"{span} starts before the previous span");
            if (span.Length > 0) Assert.True(span.Start >= previousEnd, $"{span} overlaps the previous span");
            previousStart = span.Start;
            previousEnd = Math.Max(previousEnd, span.End);
        }
    }
}
