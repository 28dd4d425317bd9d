using System.Globalization;
using Microsoft.Data.Sqlite;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// The paper catalog in one SQLite file (WAL): safe for several threads and several processes at once. Each upsert
/// batch is one transaction, so readers and a killed import see the catalog either before or after the batch. A busy
/// file makes calls wait (busy timeout), never fail with "database is locked". Search takes candidates from an FTS5
/// index and orders them with the shared <see cref="SearchRanker"/>, like <see cref="InMemoryPaperCatalog"/>.
/// </summary>
public sealed partial class SqlitePaperCatalog : IPaperCatalog, IDisposable
{
    private static readonly string PaperColumns = string.Join(", ", PaperRow.Columns);
    private static readonly string SelectPaper = $"SELECT id, {PaperColumns} FROM papers";
    private readonly CatalogConnectionPool _pool;
    private readonly Lock _writeGate = new();

    /// <summary>Opens (creating or migrating when needed) the catalog at <paramref name="path"/>.</summary>
    /// <exception cref="CatalogUnavailableException">The file is not a catalog, is damaged, or is from a newer version.</exception>
    /// <param name="report">Told when opening takes long: a file from an older version is brought up to date first.</param>
    public SqlitePaperCatalog(string path, Action<string>? report = null)
    {
        Location = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _pool = new CatalogConnectionPool(Location, readOnly: false);
        try
        {
            var connection = _pool.Rent();
            try
            {
                // Takes effect only for a new file: 8 KB pages make a big import's file 8% smaller (4.8 GB for the
                // 2.8 M-paper snapshot) in fewer writes; an existing file keeps the size it was made with.
                connection.Execute("PRAGMA page_size = 8192");
                var mode = connection.Scalar("PRAGMA journal_mode = WAL") as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                    throw new CatalogUnavailableException(Location, $"The paper catalog {Location} cannot use write-ahead logging (journal mode {mode}); put it on a local disk.");
                CatalogSchema.Migrate(connection.Connection, Location, report);
            }
            finally
            {
                _pool.Return(connection);
            }
        }
        catch (SqliteException e)
        {
            _pool.Dispose();
            throw Unavailable(e);
        }
        catch
        {
            _pool.Dispose();
            throw;
        }
    }

    /// <summary>The database file.</summary>
    public string Location { get; }

    /// <summary>The schema version this build writes into <c>PRAGMA user_version</c>.</summary>
    public static int SchemaVersion => CatalogSchema.Version;

    public event EventHandler? Changed;

    public PaperRecord? Get(ArxivId id) => GetByKey(id.Id);

    public PaperRecord? GetByKey(string key) => Read(connection => LoadPaper(connection, $"{SelectPaper} WHERE key = $0", key));

    /// <summary>True when the catalog has no paper (one index probe, whatever its size).</summary>
    public bool IsEmpty => Read(connection => connection.Scalar("SELECT NOT EXISTS(SELECT 1 FROM papers)") is long empty && empty != 0);

    /// <summary>
    /// Counts papers, ids, abstracts and papers per source. They take full scans (seconds at 2.8 M papers), so the
    /// answer is kept until the file changes: SQLite's <c>data_version</c>, read on a connection that never writes,
    /// moves whenever any connection of any process commits.
    /// </summary>
    public CatalogStats GetStats()
    {
        var version = Revision;
        lock (_statsGate)
        {
            if (_stats is null || version != _statsVersion)
            {
                _stats = CountStats();
                _statsVersion = version;
            }
            return _stats;
        }
    }

    /// <summary>SQLite's <c>data_version</c> on a connection that never writes: it moves when any connection of any process commits.</summary>
    public long Revision
    {
        get
        {
            lock (_revisionGate)
            {
                _revisionConnection ??= new CatalogConnection(Location, readOnly: true);
                return (long)(_revisionConnection.Scalar("PRAGMA data_version") ?? 0L);
            }
        }
    }

    public IReadOnlyDictionary<string, int?> LatestVersions(IReadOnlyCollection<string> keys) => keys.Count == 0
        ? new Dictionary<string, int?>()
        : Read(connection =>
        {
            var found = new Dictionary<string, int?>(keys.Count, StringComparer.Ordinal);
            using var row = connection.Statement(
                "SELECT key, latest_version FROM papers WHERE key IN (SELECT value FROM json_each($0))",
                System.Text.Json.JsonSerializer.Serialize([.. keys], CatalogJson.Default.StringArray)).ExecuteReader();
            while (row.Read()) found[row.GetString(0)] = row.IsDBNull(1) ? null : row.GetInt32(1);
            return found;
        });

    private readonly Lock _revisionGate = new();
    private CatalogConnection? _revisionConnection;
    private readonly Lock _statsGate = new();
    private CatalogStats? _stats;
    private long _statsVersion;

    private CatalogStats CountStats() => Read(connection =>
    {
        long papers, withId, withAbstract;
        using (var totals = connection.Statement(
                   "SELECT count(*), count(arxiv_id), coalesce(sum(abstract IS NOT NULL AND trim(abstract) <> ''), 0) FROM papers").ExecuteReader())
        {
            totals.Read();
            (papers, withId, withAbstract) = (totals.GetInt64(0), totals.GetInt64(1), totals.GetInt64(2));
        }
        var bySource = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using (var sources = connection.Statement("SELECT name, count(DISTINCT paper_id) FROM paper_sources GROUP BY name").ExecuteReader())
            while (sources.Read()) bySource[sources.GetString(0)] = sources.GetInt64(1);
        return new CatalogStats(papers, withId, withAbstract, bySource, Location);
    });

    /// <summary>Runs SQLite's quick integrity check (reads the whole file: for <c>catalog stats --check</c>, not start-up).</summary>
    /// <exception cref="CatalogUnavailableException">The check found damage.</exception>
    public void CheckIntegrity()
    {
        // On a fresh connection: FTS5's check trusts the index structure a long-lived connection cached, which another
        // connection's merge may since have replaced ("corruption found reading blob" on an intact file).
        using var connection = new CatalogConnection(Location, readOnly: true);
        var result = connection.Scalar("PRAGMA quick_check") as string;
        if (result != "ok")
            throw new CatalogUnavailableException(Location,
                $"The paper catalog {Location} is damaged ({result}). Move it away (papers-lsp never deletes it) and re-import your sources, or restore a backup.");
    }

    /// <summary>Merges the full-text index into one segment and refreshes planner statistics; worth running after a large import.</summary>
    public void Optimize() => Write(connection =>
    {
        connection.Execute("INSERT INTO paper_search(paper_search) VALUES('optimize')");
        connection.Execute("PRAGMA optimize");
        return 0;
    }, notify: false);

    public void Dispose()
    {
        lock (_revisionGate) _revisionConnection?.Dispose();
        _pool.Dispose();
    }

    /// <summary>Runs a read in one snapshot (a deferred transaction), so several statements agree with each other.</summary>
    private T Read<T>(Func<CatalogConnection, T> read)
    {
        var connection = _pool.Rent();
        try
        {
            using var transaction = connection.Begin(write: false);
            return read(connection);
        }
        catch (SqliteException e) when (IsDamage(e))
        {
            throw Unavailable(e);
        }
        finally
        {
            connection.EndTransaction();
            _pool.Return(connection);
        }
    }

    /// <summary>Runs a write in one immediate transaction (one writer in this process; other processes wait on the busy timeout).</summary>
    private T Write<T>(Func<CatalogConnection, T> write, bool notify = true)
    {
        T result;
        lock (_writeGate)
        {
            var connection = _pool.Rent();
            try
            {
                connection.UseCache(CatalogConnection.WriteCacheKib);
                result = InWriteTransaction(connection, write);
            }
            finally
            {
                connection.UseCache(CatalogConnection.ReadCacheKib);
                _pool.Return(connection);
            }
        }
        if (notify) Changed?.Invoke(this, EventArgs.Empty);
        return result;
    }

    /// <summary>
    /// Runs a write holding the file exclusively with a rollback journal instead of the write-ahead log, so new pages
    /// are written once (a big import's time went largely into writing every page to the log and then into the file).
    /// Only when no other connection, of any process, has the file open: a WAL connection keeps a shared lock while
    /// open, so leaving WAL mode fails at once (busy timeout 0) and this returns false without writing. Until it ends,
    /// other connections wait on their busy timeout. Atomic as any write: a cancelled or killed write is rolled back from
    /// the journal. The file is back in WAL mode before the lock is let go.
    /// </summary>
    private bool TryWriteAlone<T>(Func<CatalogConnection, T> write, out T result)
    {
        lock (_writeGate)
        {
            // This process's own idle connections count as others too.
            _pool.CloseIdle();
            lock (_revisionGate)
            {
                _revisionConnection?.Dispose();
                _revisionConnection = null;
            }
            using var connection = new CatalogConnection(Location, readOnly: false);
            connection.Execute("PRAGMA busy_timeout = 0");
            connection.Execute("PRAGMA locking_mode = EXCLUSIVE");
            try
            {
                // Through the C API: Microsoft.Data.Sqlite retries a busy statement for its command timeout (two minutes).
                if (connection.Native("PRAGMA journal_mode = TRUNCATE").RunForText() != "truncate")
                {
                    result = default!;
                    return false;
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)   // SQLITE_BUSY, SQLITE_LOCKED: someone has it open
            {
                result = default!;
                return false;
            }
            try
            {
                // The journal must be on disk before the file's own pages are overwritten (WAL mode's NORMAL is not enough).
                connection.Execute("PRAGMA synchronous = FULL");
                connection.UseCache(CatalogConnection.WriteCacheKib);
                result = InWriteTransaction(connection, write);
            }
            finally
            {
                connection.Scalar("PRAGMA journal_mode = WAL");
            }
            return true;
        }
    }

    /// <summary>Runs <paramref name="write"/> in one immediate transaction on <paramref name="connection"/>; damage becomes a clear error.</summary>
    private T InWriteTransaction<T>(CatalogConnection connection, Func<CatalogConnection, T> write)
    {
        try
        {
            using var transaction = connection.Begin(write: true);
            var result = write(connection);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e) when (IsDamage(e))
        {
            throw Unavailable(e);
        }
        finally
        {
            connection.EndTransaction();
        }
    }

    private static PaperRecord? LoadPaper(CatalogConnection connection, string sql, object value)
    {
        long id;
        PaperRecord paper;
        using (var row = connection.Statement(sql, value).ExecuteReader())
        {
            if (!row.Read()) return null;
            id = row.GetInt64(0);
            paper = PaperRow.Read(row);
        }
        return paper with { Sources = LoadSources(connection, id) };
    }

    private static PaperSource[] LoadSources(CatalogConnection connection, long id)
    {
        var sources = new List<PaperSource>();
        using var row = connection.Statement("SELECT name, file, imported_at FROM paper_sources WHERE paper_id = $0 ORDER BY imported_at, name, file", id).ExecuteReader();
        while (row.Read()) sources.Add(ReadSource(row, 0));
        return [.. sources];
    }

    private static PaperSource ReadSource(SqliteDataReader row, int first) =>
        new(row.GetString(first), row.GetString(first + 1) is { Length: > 0 } file ? file : null,
            DateTimeOffset.Parse(row.GetString(first + 2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));

    private static bool IsDamage(SqliteException e) => e.SqliteErrorCode is 11 or 26;   // SQLITE_CORRUPT, SQLITE_NOTADB

    private CatalogUnavailableException Unavailable(SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => new CatalogUnavailableException(Location,
            $"The paper catalog {Location} stayed busy for {CatalogConnection.BusyTimeoutSeconds} s: another program (a `papers-lsp catalog import`?) has it to itself.", e)
        { Busy = true },
        11 or 26 => new CatalogUnavailableException(Location,
            $"{Location} is not a papers-lsp catalog or is damaged ({e.Message}). It was left untouched: move it away or choose another file with --catalog / PAPERS_LSP_CATALOG, and papers-lsp will build a fresh catalog.", e),
        _ => new CatalogUnavailableException(Location, $"The paper catalog {Location} cannot be opened ({e.Message}). Check the file's permissions and free disk space.", e),
    };
}
