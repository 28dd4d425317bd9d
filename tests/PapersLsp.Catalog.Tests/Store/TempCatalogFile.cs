using PapersLsp.Catalog.Sqlite;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>A catalog path in a fresh temporary folder, deleted (with the WAL files) on dispose.</summary>
internal sealed class TempCatalogFile : IDisposable
{
    public TempCatalogFile()
    {
        Folder = Directory.CreateTempSubdirectory("papers-lsp-catalog-").FullName;
        Path = System.IO.Path.Combine(Folder, "catalog.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public SqlitePaperCatalog Open() => new(Path);

    /// <summary>Runs SQL on the file outside the catalog (to inspect it, or to turn it into what an older version wrote).</summary>
    public object? Sql(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
