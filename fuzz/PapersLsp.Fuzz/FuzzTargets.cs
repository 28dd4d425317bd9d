using System.Text;
using PapersLsp.Catalog.Import;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;

namespace PapersLsp.Fuzz;

/// <summary>
/// One entry point per parser, recogniser and importer. Each takes the fuzzer's bytes and must return normally:
/// an escaping exception or a broken invariant (a range outside the text) is a finding.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["arxiv-id"] = bytes => ArxivIdRoundTrip(Text(bytes)),
        ["arxiv-scanner"] = bytes => Scan(Text(bytes)),
        ["markdown"] = bytes => Analyze(Text(bytes), DocumentLanguage.Markdown),
        ["latex"] = bytes => Analyze(Text(bytes), DocumentLanguage.Latex),
        ["bibtex"] = bytes => Analyze(Text(bytes), DocumentLanguage.Bibtex),
        ["bib-parser"] = bytes => BibParse(Text(bytes)),
        ["import-atom"] = bytes => Import(CatalogFormat.Atom, bytes),
        ["import-hf-json"] = bytes => Import(CatalogFormat.HfJson, bytes),
        ["import-hf-html"] = bytes => Import(CatalogFormat.HfHtml, bytes),
        ["import-hf-text"] = bytes => Import(CatalogFormat.HfText, bytes),
        ["import-kaggle"] = bytes => Import(CatalogFormat.Kaggle, bytes),
        ["import-csl"] = bytes => Import(CatalogFormat.Csl, bytes),
        ["import-bibtex"] = bytes => Import(CatalogFormat.Bibtex, bytes),
    };

    /// <summary>Invalid UTF-8 becomes U+FFFD, as when the server decodes a message.</summary>
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void ArxivIdRoundTrip(string text)
    {
        if (!ArxivId.TryParse(text, out var id)) return;
        if (!ArxivId.TryParse(id.ToString(), out var again) || !again.Equals(id))
            throw new InvalidOperationException($"'{text}' parsed as {id}, which does not parse back to itself");
    }

    private static void Scan(string text)
    {
        foreach (var mode in Enum.GetValues<ArxivScanMode>())
        {
            var found = new List<ArxivReference>();
            var malformed = new List<MalformedArxivReference>();
            ArxivScanner.Scan(text, 0, text.Length, found, malformed, mode);
            var previous = 0;
            foreach (var reference in found)
            {
                Inside(text, reference.Span.Start, reference.Span.End, previous);
                Inside(text, reference.IdSpan.Start, reference.IdSpan.End, reference.Span.Start);
                previous = reference.Span.End;
            }
            foreach (var bad in malformed) Inside(text, bad.Span.Start, bad.Span.End, 0);
        }
    }

    private static void Analyze(string text, DocumentLanguage language)
    {
        var s = DocumentAnalyzer.Analyze(text, language);
        Ordered(text, s.ArxivReferences.Select(r => (r.Span.Start, r.Span.End)));
        Ordered(text, s.MalformedArxivReferences.Select(r => (r.Span.Start, r.Span.End)));
        Ordered(text, s.Citations.Select(r => (r.Span.Start, r.Span.End)));
        Ordered(text, s.Bibliographies.Select(r => (r.Span.Start, r.Span.End)));
        Ordered(text, s.Links.Select(r => (r.Span.Start, r.Span.End)));
        Ordered(text, s.Bib.Entries.Select(e => (e.Span.Start, e.Span.End)));
    }

    private static void BibParse(string text)
    {
        var document = BibParser.Parse(text);
        Ordered(text, document.Entries.Select(e => (e.Span.Start, e.Span.End)));
        foreach (var entry in document.Entries)
        {
            Inside(text, entry.KeySpan.Start, entry.KeySpan.End, 0);
            Ordered(text, entry.Fields.Select(f => (f.Span.Start, f.Span.End)));
            foreach (var field in entry.Fields) Inside(text, field.ValueSpan.Start, field.ValueSpan.End, 0);
        }
        foreach (var error in document.Errors) Inside(text, error.Span.Start, error.Span.End, 0);
    }

    private static void Import(CatalogFormat format, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (var item in CatalogImporters.For(format).Read(stream, ImportOrigin.Now("fuzz")))
        {
            if (item.Paper is { ArxivId: { } id } && (!ArxivId.TryParse(id.ToString(), out var again) || !again.Equals(id)))
                throw new InvalidOperationException($"imported id {id} does not round-trip");
        }
    }

    private static void Ordered(string text, IEnumerable<(int Start, int End)> spans)
    {
        var previous = 0;
        foreach (var (start, end) in spans)
        {
            Inside(text, start, end, previous);
            previous = start;
        }
    }

    private static void Inside(string text, int start, int end, int notBefore)
    {
        if (start < notBefore || end < start || end > text.Length)
            throw new InvalidOperationException($"range [{start}..{end}) is outside the text (length {text.Length}) or out of order (after {notBefore})");
    }
}
