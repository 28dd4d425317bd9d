using Newtonsoft.Json.Linq;
using PapersLsp.Core.Catalog;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>A catalog that a command-line import holds to itself: the server waits for it instead of giving up.</summary>
public sealed class BusyCatalogTests
{
    [Fact]
    public async Task The_server_keeps_trying_a_busy_catalog_says_why_and_uses_it_once_free()
    {
        var attempts = 0;
        var catalog = FixedCatalog.Attention();
        var options = TestServer.Options() with
        {
            OpenCatalog = (_, _) => ++attempts <= 2
                ? throw new CatalogUnavailableException("/data/catalog.db", "The paper catalog /data/catalog.db stayed busy for 120 s.") { Busy = true }
                : catalog,
        };
        await using var client = await LspTestClient.StartInitializedAsync(options);
        var log = await client.WaitForNotificationAsync("window/logMessage", m => ((string?)m["params"]?["message"])?.Contains("stayed busy", StringComparison.Ordinal) == true);
        Assert.Contains("Waiting for it", (string)log["params"]!["message"]!, StringComparison.Ordinal);

        await client.OpenAsync("file:///notes/a.md", "See arXiv:1706.03762.\n");
        var hover = await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = "file:///notes/a.md" },
            ["position"] = new JObject { ["line"] = 0, ["character"] = 12 },
        }, TimeSpan.FromSeconds(30));
        Assert.Contains("Attention Is All You Need", (string)hover["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.Equal(3, attempts);
    }
}
