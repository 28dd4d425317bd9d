using PapersLsp.Core.Catalog;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Tests.Infrastructure;

/// <summary>Server options for in-process tests.</summary>
public static class TestServer
{
    public static LanguageServerOptions Options(IPaperCatalog? catalog = null) => new()
    {
        OpenCatalog = (_, _) => catalog ?? throw new InvalidOperationException("no catalog in this test"),
        Version = "0.0.0-test",
        DiagnosticsDelay = TimeSpan.FromMilliseconds(20),
    };
}
