using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// A prepared statement bound and stepped through SQLite's C API, for the statements a big import runs per paper.
/// Microsoft.Data.Sqlite boxes every value, converts every string to a new UTF-8 array and builds a data reader per
/// execution; here a string is handed to SQLite as UTF-16 (SQLite copies and converts it) and nothing is allocated.
/// Parameters are numbered from 0 in the order they appear. Used inside the owning connection's transaction.
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public NativeStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public NativeStatement Bind(int index, string? value)
    {
        Check(value switch
        {
            null => raw.sqlite3_bind_null(_statement, index + 1),
            "" => raw.sqlite3_bind_text(_statement, index + 1, ""),   // an empty span has no address, which SQLite would read as NULL
            _ => raw.sqlite3_bind_text16(_statement, index + 1, value.AsSpan()),
        });
        return this;
    }

    /// <summary>Binds text already in UTF-8 (SQLite copies it).</summary>
    public NativeStatement BindUtf8(int index, ReadOnlySpan<byte> utf8)
    {
        // An empty span has no address, which SQLite would read as NULL: bind the empty string through a terminated copy.
        Check(utf8.IsEmpty ? raw.sqlite3_bind_text(_statement, index + 1, "") : raw.sqlite3_bind_text(_statement, index + 1, utf8));
        return this;
    }

    public NativeStatement Bind(int index, long? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, index + 1, number) : raw.sqlite3_bind_null(_statement, index + 1));
        return this;
    }

    /// <summary>Runs the statement to its end.</summary>
    public void Run()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) { }
            if (rc != raw.SQLITE_DONE) Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>
    /// Runs an INSERT that may skip its row (ON CONFLICT DO NOTHING) and returns the new row's id, or null when it was
    /// skipped. Read from the connection rather than with RETURNING, which SQLite collects in a temporary table first.
    /// </summary>
    public long? RunForInsertedRowId()
    {
        Run();
        return raw.sqlite3_changes(_database) > 0 ? raw.sqlite3_last_insert_rowid(_database) : null;
    }

    /// <summary>Runs the statement once and returns the first column of its first row as text (a pragma's answer).</summary>
    public string? RunForText()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE) return null;
            if (rc != raw.SQLITE_ROW) Check(rc);
            return raw.sqlite3_column_text(_statement, 0).utf8_to_string();
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _database);
    }
}
