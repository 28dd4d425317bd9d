using CsCheck;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Properties;

/// <summary>
/// The arXiv scanner over any slice of any text, in every mode: no exception, references inside the slice and in
/// order, the id span inside the reference and naming the id it reports. (Whole-document analysis of Markdown and
/// LaTeX has its own properties in Documents/DocumentAnalyzerTests; these add BibTeX documents and extra commands.)
/// </summary>
public sealed class RecogniserProperties
{
    private static readonly Gen<string> Fragments = Gen.OneOf(
        "arXiv:", "arxiv ", "2410.15661", "v2", "hep-th/9901001", "math.GT/0309136", "https://arxiv.org/abs/", "http://export.arxiv.org/pdf/",
        ".pdf", "10.48550/arXiv.", "https://doi.org/", "huggingface.co/papers/", "2024arXiv241015661N", "eprint = {", "}", "{", "[", "]", "(", ")",
        " ", "\n", "\r\n", "\t", "@", "\\cite{", "\\citep[p.~3]{", ",", "[@", "; @", "`", "```\n", "<", ">", "%", "\\", "😀", "論", "\u0000", "1", "9", ".", "/");

    private static readonly Gen<string> Texts = Gen.OneOf(Fragments.Array[0, 50].Select(string.Concat), Gen.String);

    [Fact]
    public void The_scanner_reports_ordered_references_inside_any_slice_in_every_mode() =>
        Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Enum<ArxivScanMode>()).Sample((text, a, b, mode) =>
        {
            var start = Math.Min(a, b) % (text.Length + 1);
            var end = Math.Clamp(Math.Max(a, b), start, text.Length);
            var found = new List<ArxivReference>();
            var malformed = new List<MalformedArxivReference>();
            ArxivScanner.Scan(text, start, end, found, malformed, mode);
            var previous = start;
            foreach (var reference in found)
            {
                Assert.True(reference.Span.Start >= previous && reference.Span.End <= end, $"{reference.Span} outside [{start},{end}) or out of order");
                Assert.True(reference.IdSpan.Start >= reference.Span.Start && reference.IdSpan.End <= reference.Span.End, $"{reference.IdSpan} not inside {reference.Span}");
                if (reference.Surface != ArxivSurface.Bibcode) // a bibcode writes the id without its dot
                {
                    Assert.True(ArxivId.TryParse(text.AsSpan(reference.IdSpan.Start, reference.IdSpan.Length), out var written, out _), $"'{text.Substring(reference.IdSpan.Start, reference.IdSpan.Length)}' is not an id");
                    Assert.Equal(reference.Id.WithoutVersion(), written.WithoutVersion());
                }
                previous = reference.Span.End;
            }
            foreach (var bad in malformed) Assert.True(bad.Span.Start >= start && bad.Span.End <= end, $"{bad.Span} outside [{start},{end})");
        }, iter: 5000);

    [Fact]
    public void Bibtex_and_plain_documents_with_extra_citation_commands_give_ordered_ranges_inside_the_text() =>
        Gen.Select(Texts, Gen.Enum<DocumentLanguage>()).Sample((text, language) =>
        {
            var semantics = DocumentAnalyzer.Analyze(text, language, new AnalysisOptions { ExtraCitationCommands = ["mycite", "cite", ""] });
            AssertOrderedInside(text, semantics.ArxivReferences.Select(r => r.Span));
            AssertOrderedInside(text, semantics.Citations.Select(r => r.Span));
            AssertOrderedInside(text, semantics.Links.Select(r => r.Span));
            AssertOrderedInside(text, semantics.Bibliographies.Select(r => r.Span));
            AssertOrderedInside(text, semantics.Bib.Entries.Select(e => e.Span));
            foreach (var entry in semantics.Bib.Entries)
                AssertOrderedInside(text, entry.Fields.Select(f => f.Span));
        }, iter: 3000);

    private static void AssertOrderedInside(string text, IEnumerable<TextSpan> spans)
    {
        var previous = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{span} outside 0..{text.Length}");
            Assert.True(span.Start >= previous, $"{span} starts before {previous}");
            previous = span.Start;
        }
    }
}
