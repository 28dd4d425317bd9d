using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

public sealed partial class SqlitePaperCatalog
{
    // A paper new to the catalog (the common case in a big import) costs one statement: the insert is tried first.
    private static readonly string InsertPaper =
        $"INSERT INTO papers({PaperColumns}) VALUES({string.Join(", ", PaperRow.Columns.Select(_ => "?"))}) ON CONFLICT(key) DO NOTHING";

    private static readonly string UpdatePaper =
        $"UPDATE papers SET {string.Join(", ", PaperRow.Columns.Select((c, i) => $"{c} = ${i}"))} WHERE id = ${PaperRow.Columns.Length}";

    private const string UpsertSource =
        "INSERT INTO paper_sources(paper_id, name, file, imported_at) VALUES(?, ?, ?, ?) "
        + "ON CONFLICT(paper_id, name, file) DO UPDATE SET imported_at = excluded.imported_at";

    /// <summary>Papers only this source holds: they go with it.</summary>
    private const string OrphansOf =
        "SELECT DISTINCT s.paper_id FROM paper_sources s WHERE s.name = $0 "
        + "AND NOT EXISTS (SELECT 1 FROM paper_sources o WHERE o.paper_id = s.paper_id AND o.name <> $0)";

    /// <summary>
    /// Merges the records into the catalog in one transaction, streaming (the batch is never held in memory). Cancelling
    /// rolls the whole batch back. A record seen twice in one batch counts once, as added.
    /// </summary>
    public UpsertResult Upsert(IEnumerable<PaperRecord> records, CancellationToken cancellationToken = default)
    {
        var result = Write(connection => UpsertAll(connection, records, cancellationToken), notify: false);
        if (result.Added + result.Updated > 0) Changed?.Invoke(this, EventArgs.Empty);
        return result;
    }

    /// <summary>
    /// <see cref="Upsert"/>, written with the file to itself when no other connection has it open (see
    /// <see cref="TryWriteAlone"/>): the pages go to the file once instead of through the write-ahead log and again into
    /// the file. Otherwise the batch goes through <see cref="Upsert"/>, and <paramref name="report"/> is told why it is slower.
    /// </summary>
    public UpsertResult BulkUpsert(IEnumerable<PaperRecord> records, Action<string>? report = null, CancellationToken cancellationToken = default)
    {
        if (!TryWriteAlone(connection => UpsertAll(connection, records, cancellationToken), out var result))
        {
            report?.Invoke($"another program has the catalog {Location} open (an editor's papers-lsp?): importing alongside it, which is slower; close it for a faster import");
            return Upsert(records, cancellationToken);
        }
        if (result.Added + result.Updated > 0) Changed?.Invoke(this, EventArgs.Empty);
        return result;
    }

    private static UpsertResult UpsertAll(CatalogConnection connection, IEnumerable<PaperRecord> records, CancellationToken cancellationToken)
    {
        // Rows inserted by this batch get ids above the current maximum; a later duplicate in the batch is not "updated".
        var firstNewId = (long)(connection.Scalar("SELECT coalesce(max(id), 0) FROM papers") ?? 0L) + 1;
        int added = 0, updated = 0, unchanged = 0, staged = 0;
        var search = new SearchStaging(connection);
        var statements = new PaperStatements(connection.Native(InsertPaper), connection.Native(UpsertSource));
        foreach (var incoming in PreparedPaper.Stream(records, SearchRowsPerFlush, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The staging table lives in memory: move it into the index now and then so a huge import stays small.
            if (++staged % SearchRowsPerFlush == 0)
            {
                if (staged == SearchRowsPerFlush) connection.Execute("INSERT INTO paper_search(paper_search, rank) VALUES('automerge', 0)");
                search.Flush();
            }
            switch (UpsertOne(connection, statements, search, incoming, firstNewId))
            {
                case UpsertOutcome.Added: added++; break;
                case UpsertOutcome.Updated: updated++; break;
                case UpsertOutcome.Unchanged: unchanged++; break;
            }
        }
        search.Flush();
        if (staged >= SearchRowsPerFlush) connection.Execute("INSERT INTO paper_search(paper_search, rank) VALUES('automerge', 4)");
        return new UpsertResult(added, updated, unchanged);
    }

    public int RemoveSource(string sourceName)
    {
        var (removed, touched) = Write(connection =>
        {
            connection.Execute($"DELETE FROM paper_search WHERE rowid IN ({OrphansOf})", sourceName);
            var papers = connection.Execute($"DELETE FROM papers WHERE id IN ({OrphansOf})", sourceName);
            var sources = connection.Execute("DELETE FROM paper_sources WHERE name = $0", sourceName);
            return (papers, sources);
        }, notify: false);
        if (touched > 0) Changed?.Invoke(this, EventArgs.Empty);
        return removed;
    }

    private const int SearchRowsPerFlush = 50_000;

    private enum UpsertOutcome { Added, Updated, Unchanged, RepeatedInBatch }

    /// <summary>The per-paper statements of a batch, looked up once for it.</summary>
    private readonly record struct PaperStatements(NativeStatement InsertPaper, NativeStatement UpsertSource);

    private static UpsertOutcome UpsertOne(CatalogConnection connection, PaperStatements statements, SearchStaging search, PreparedPaper prepared, long firstNewId)
    {
        long id;
        PaperRecord? existing;
        var incoming = prepared.Paper;
        if (prepared.Row.BindTo(statements.InsertPaper).RunForInsertedRowId() is { } inserted)
        {
            WriteSources(statements.UpsertSource, inserted, prepared);
            search.Stage(inserted, prepared);
            return UpsertOutcome.Added;
        }
        using (var row = connection.Statement($"{SelectPaper} WHERE key = $0", incoming.Key).ExecuteReader())
        {
            row.Read();
            existing = PaperRow.Read(row);
            id = row.GetInt64(0);
        }

        existing = existing with { Sources = LoadSources(connection, id) };
        var merged = PaperMerger.Merge(existing, incoming);
        WriteSources(statements.UpsertSource, id, prepared);
        var repeated = id >= firstNewId;
        if (PaperMerger.HaveSameContent(existing, merged)) return repeated ? UpsertOutcome.RepeatedInBatch : UpsertOutcome.Unchanged;

        connection.Execute(UpdatePaper, [.. PaperRow.Values(merged), id]);
        if (PaperRow.SearchColumns(existing) != PaperRow.SearchColumns(merged))
        {
            connection.Execute("DELETE FROM paper_search WHERE rowid = $0", id);
            search.Stage(id, merged);
        }
        return repeated ? UpsertOutcome.RepeatedInBatch : UpsertOutcome.Updated;
    }

    private static void WriteSources(NativeStatement upsert, long id, PreparedPaper paper)
    {
        foreach (var source in paper.Sources) source.BindTo(upsert.Bind(0, id), first: 1).Run();
    }
}
