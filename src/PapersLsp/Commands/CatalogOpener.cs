using PapersLsp.Catalog.Sqlite;
using PapersLsp.Core.Catalog;
using DefaultSeeds = PapersLsp.Catalog.DefaultCatalog.DefaultCatalog;

namespace PapersLsp.Cli.Commands;

/// <summary>A catalog opened for one command, closed with it.</summary>
public sealed class OpenedCatalog(IPaperCatalog catalog) : IDisposable
{
    public IPaperCatalog Catalog { get; } = catalog;

    public void Dispose() => (Catalog as IDisposable)?.Dispose();
}

/// <summary>
/// Opens the catalog the flag, <c>PAPERS_LSP_CATALOG</c>, the setting or the default location chooses (in that
/// order), and fills an empty one with the default catalog shipped in the executable, so the first start is useful.
/// </summary>
public static class CatalogOpener
{
    public static IPaperCatalog Open(string? flagPath, string? settingPath, Action<string> report)
    {
        var path = CatalogLocation.Default(flagPath, settingPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var catalog = new SqlitePaperCatalog(path, report);
        try
        {
            if (catalog.IsEmpty)
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                var result = catalog.Upsert(DefaultSeeds.Load());
                report($"built the default catalog in {path}: {result.Added} papers in {started.ElapsedMilliseconds} ms");
            }
            return catalog;
        }
        catch
        {
            catalog.Dispose();
            throw;
        }
    }

    public static OpenedCatalog OpenForCli(string? flagPath) => new(Open(flagPath, null, m => Console.Error.WriteLine(m)));
}
