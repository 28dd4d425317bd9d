using PapersLsp.Core.Catalog;

namespace PapersLsp.Cli.Commands;

/// <summary>A catalog opened for one command, closed with it.</summary>
public sealed class OpenedCatalog(IPaperCatalog catalog) : IDisposable
{
    public IPaperCatalog Catalog { get; } = catalog;

    public void Dispose() => (Catalog as IDisposable)?.Dispose();
}

/// <summary>Opens the catalog the flags, environment and settings choose, filling it with the default catalog on first use.</summary>
public static class CatalogOpener
{
    public static IPaperCatalog Open(string? flagPath, string? settingPath, Action<string> report)
    {
        _ = flagPath; _ = settingPath; _ = report;
        throw new InvalidOperationException("the catalog store lands with the catalog change");
    }

    public static OpenedCatalog OpenForCli(string? flagPath) => new(Open(flagPath, null, m => Console.Error.WriteLine(m)));
}
