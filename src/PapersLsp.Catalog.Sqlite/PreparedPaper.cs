using System.Globalization;
using PapersLsp.Catalog.Import;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// A paper (its id without version) with everything its insert needs worked out: column values, search text, the
/// sources' timestamps and the words it brings to the typo vocabulary. A big import prepares papers a stage ahead on
/// another thread, so the thread that owns the write transaction only binds and steps.
/// </summary>
internal sealed class PreparedPaper
{
    /// <summary>Batches at least this large are prepared on their own thread; small writes are not worth one.</summary>
    private const int ReadAheadFrom = 1_000;

    private PreparedPaper(PaperRecord paper, (string Title, string Authors, string Ident) search, IReadOnlyList<string> newWords)
    {
        Paper = paper;
        Row = new EncodedRow(PaperRow.Values(paper));
        Search = new EncodedRow([search.Title, search.Authors, search.Ident]);
        Sources = [.. paper.Sources.Select(s => new EncodedRow([s.Name, s.File ?? "", s.ImportedAt.ToString("o", CultureInfo.InvariantCulture)]))];
        NewWords = newWords;
    }

    public PaperRecord Paper { get; }

    /// <summary>The <c>papers</c> columns in <see cref="PaperRow.Columns"/> order.</summary>
    public EncodedRow Row { get; }

    /// <summary>The full-text columns: title, authors, ident (<see cref="PaperRow.SearchColumns"/>).</summary>
    public EncodedRow Search { get; }

    /// <summary>Each of <see cref="PaperRecord.Sources"/> as stored: name, file, import time.</summary>
    public EncodedRow[] Sources { get; }

    /// <summary>
    /// Vocabulary words of this paper's title and authors that no earlier paper of the same window brought: the
    /// vocabulary receives every word at least once and most papers bring none.
    /// </summary>
    public IReadOnlyList<string> NewWords { get; }

    /// <summary>
    /// Prepares <paramref name="records"/> in order, a bounded distance ahead on another thread unless the batch is
    /// known to be small. Words are remembered for <paramref name="wordWindow"/> papers at a time, which bounds memory.
    /// </summary>
    public static IEnumerable<PreparedPaper> Stream(IEnumerable<PaperRecord> records, int wordWindow, CancellationToken cancellationToken)
    {
        var prepared = Prepare(records, wordWindow);
        return records.TryGetNonEnumeratedCount(out var count) && count < ReadAheadFrom
            ? prepared
            : ImportPipeline.ReadAhead(prepared, cancellationToken: cancellationToken);
    }

    private static IEnumerable<PreparedPaper> Prepare(IEnumerable<PaperRecord> records, int wordWindow)
    {
        var words = new SearchTermCollector(FtsQuery.VocabularyMinLength);
        var seen = 0;
        foreach (var record in records)
        {
            if (seen++ % wordWindow == 0) words.Clear();
            var paper = record.ArxivId is { Version: not null } versioned ? record with { ArxivId = versioned.WithoutVersion() } : record;
            var search = PaperRow.SearchColumns(paper);
            List<string>? fresh = null;
            words.Add(search.Title, ref fresh);
            words.Add(search.Authors, ref fresh);
            yield return new PreparedPaper(paper, search, fresh ?? (IReadOnlyList<string>)[]);
        }
    }
}
