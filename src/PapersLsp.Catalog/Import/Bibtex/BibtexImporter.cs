using System.Text;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Text;

namespace PapersLsp.Catalog.Import.Bibtex;

/// <summary>Imports .bib files through the tolerant <see cref="BibParser"/>; syntax errors and title-less entries become problems.</summary>
/// <param name="parse">The parser (the core's <see cref="BibParser.Parse"/> unless a test supplies a document).</param>
public sealed class BibtexImporter(Func<string, BibDocument>? parse = null) : ICatalogImporter
{
    private readonly Func<string, BibDocument> _parse = parse ?? BibParser.Parse;

    public CatalogFormat Format => CatalogFormat.Bibtex;

    public string SourceName => "bibtex";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        string text;
        using (var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true))
            text = reader.ReadToEnd();
        cancellationToken.ThrowIfCancellationRequested();
        var document = _parse(text);
        var lines = new LineIndex(text);
        var sources = origin.Sources(SourceName);

        // A problem the parser recovered from inside an entry it still produced (an undefined macro, a repeated
        // field) does not skip anything; only errors outside every entry mean something was lost.
        var entryStarts = document.Entries.Select(e => e.Span.Start).ToArray();
        var entryEnds = document.Entries.Select(e => e.Span.End).ToArray();
        Array.Sort(entryStarts, entryEnds);
        foreach (var error in document.Errors)
            if (!InsideEntry(entryStarts, entryEnds, error.Span.Start))
                yield return ImportItem.Of(origin.Problem(LineOf(lines, error.Span.Start), error.Message));
        foreach (var entry in document.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = BibEntryRecord.ToRecord(text, entry, sources, out var problem);
            yield return record is not null
                ? ImportItem.Of(record)
                : ImportItem.Of(origin.Problem(LineOf(lines, entry.Span.Start), problem ?? "unreadable entry"));
        }
    }

    private static bool InsideEntry(int[] starts, int[] ends, int offset)
    {
        var at = Array.BinarySearch(starts, offset);
        if (at < 0) at = ~at - 1;
        return at >= 0 && offset < ends[at];
    }

    private static int LineOf(LineIndex lines, int offset) => lines.GetPosition(Math.Clamp(offset, 0, lines.Text.Length)).Line + 1;
}
