using PapersLsp.Core.Catalog;

namespace PapersLsp.Cli.Commands;

/// <summary>Opens the catalog the flags, environment and settings choose, filling it with the default catalog on first use.</summary>
public static class CatalogOpener
{
    public static IPaperCatalog Open(string? flagPath, string? settingPath, Action<string> report)
    {
        _ = flagPath; _ = settingPath; _ = report;
        throw new InvalidOperationException("the catalog store lands with the catalog change");
    }
}
