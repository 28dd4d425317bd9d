using PapersLsp.Core.Catalog;

namespace PapersLsp.Server.Tests.Infrastructure;

/// <summary>The default catalog in memory, loaded once for all protocol tests.</summary>
public static class SeedCatalog
{
    private static readonly Lazy<IReadOnlyList<PaperRecord>> Papers = new(() => PapersLsp.Catalog.DefaultCatalog.DefaultCatalog.Load());

    public static InMemoryPaperCatalog Create() => new(Papers.Value);
}
