using System.Collections.Concurrent;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// Open connections kept for reuse: a caller rents one for the length of an operation and returns it, so threads never
/// share a connection (SQLite connections are not for concurrent use) and prepared statements survive between calls.
/// At most <see cref="MaxIdle"/> stay open; extra ones made under a burst of parallel calls are closed on return.
/// </summary>
internal sealed class CatalogConnectionPool(string path, bool readOnly) : IDisposable
{
    private const int MaxIdle = 4;
    private readonly ConcurrentBag<CatalogConnection> _idle = [];
    private volatile bool _disposed;

    public CatalogConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var connection) ? connection : new CatalogConnection(path, readOnly);
    }

    public void Return(CatalogConnection connection)
    {
        if (_disposed || _idle.Count >= MaxIdle) connection.Dispose();
        else _idle.Add(connection);
    }

    /// <summary>Closes the idle connections (each holds a shared lock on the file while open).</summary>
    public void CloseIdle()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }
}
