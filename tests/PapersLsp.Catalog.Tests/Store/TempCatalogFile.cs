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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
