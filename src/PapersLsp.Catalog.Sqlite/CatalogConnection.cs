using Microsoft.Data.Sqlite;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// One open SQLite connection with its prepared statements, used by one thread at a time (rented from
/// <see cref="CatalogConnectionPool"/>). Statements are prepared once per connection and reused with new values.
/// </summary>
internal sealed class CatalogConnection : IDisposable
{
    /// <summary>How long a statement waits for another writer (another process importing) before giving up.</summary>
    public const int BusyTimeoutSeconds = 120;

    /// <summary>
    /// Page cache of a connection that reads: small, because the OS caches the file for every connection and the
    /// server keeps a few connections open for as long as it runs.
    /// </summary>
    public const int ReadCacheKib = 8_000;

    /// <summary>
    /// Page cache while writing: a big import modifies the same index pages over and over, and each time a page leaves
    /// a small cache it is written to the WAL again.
    /// </summary>
    public const int WriteCacheKib = 96_000;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NativeStatement> _nativeStatements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public CatalogConnection(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,   // this catalog pools connections itself, together with their prepared statements
            DefaultTimeout = BusyTimeoutSeconds,
        };
        Connection = new SqliteConnection(builder.ToString());
        try
        {
            Connection.Open();
            // busy_timeout makes SQLite itself wait for a lock; synchronous=NORMAL never corrupts in WAL mode and saves
            // an fsync per transaction (a power cut may lose the last commits, never half of one).
            Execute($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}");
            Execute("PRAGMA synchronous = NORMAL");
            UseCache(ReadCacheKib);
            Execute("PRAGMA temp_store = MEMORY");
            if (!readOnly) Execute("CREATE TEMP TABLE IF NOT EXISTS search_staging(rowid INTEGER PRIMARY KEY, title TEXT, authors TEXT, ident TEXT)");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public SqliteConnection Connection { get; }

    /// <summary>Sets this connection's page cache (shrinking it frees the pages over the new size).</summary>
    public void UseCache(int kib) => Execute($"PRAGMA cache_size = -{kib}");

    /// <summary>Starts a transaction that the statements of this connection join until it ends.</summary>
    public SqliteTransaction Begin(bool write)
    {
        _transaction = Connection.BeginTransaction(deferred: !write);
        return _transaction;
    }

    public void EndTransaction() => _transaction = null;

    /// <summary>The prepared statement for <paramref name="sql"/> with its positional parameters <c>$0</c>…<c>$n-1</c> bound to <paramref name="values"/>.</summary>
    public SqliteCommand Statement(string sql, params ReadOnlySpan<object?> values)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = BusyTimeoutSeconds;
            for (var i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter("$" + i, null));
            _statements[sql] = command;
        }
        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    /// <summary>The statement for <paramref name="sql"/> on SQLite's C API (for the per-paper statements of an import), prepared once.</summary>
    public NativeStatement Native(string sql)
    {
        if (!_nativeStatements.TryGetValue(sql, out var statement))
            _nativeStatements[sql] = statement = new NativeStatement(Connection, sql);
        return statement;
    }

    public int Execute(string sql, params ReadOnlySpan<object?> values) => Statement(sql, values).ExecuteNonQuery();

    public object? Scalar(string sql, params ReadOnlySpan<object?> values) => Statement(sql, values).ExecuteScalar();

    public void Dispose()
    {
        foreach (var command in _statements.Values) command.Dispose();
        _statements.Clear();
        foreach (var statement in _nativeStatements.Values) statement.Dispose();
        _nativeStatements.Clear();
        Connection.Dispose();
    }
}
