using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>The document every abuse test keeps open, and the check that the server still answers it correctly.</summary>
public static class ServingCheck
{
    public const string Uri = "file:///keep/notes.md";

    public const string Text = "See arXiv:1706.03762 and\nhttps://arxiv.org/abs/2410.15661v2 today.\n";

    public static Task OpenAsync(LspTestClient client) => client.OpenAsync(Uri, Text);

    /// <summary>documentLink and hover on the kept document give the answers an untouched server gives.</summary>
    public static async Task AssertStillServesAsync(LspTestClient client)
    {
        var links = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } });
        Assert.Null(links["error"]);
        Assert.Equal(
            ["https://arxiv.org/abs/1706.03762 0:4-0:20", "https://arxiv.org/abs/2410.15661v2 1:0-1:34"],
            links["result"]!.Select(Render).ToArray());
        var hover = await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri },
            ["position"] = new JObject { ["line"] = 0, ["character"] = 12 },
        });
        Assert.Null(hover["error"]);
        Assert.Contains("Attention Is All You Need", (string?)hover["result"]?["contents"]?["value"], StringComparison.Ordinal);
    }

    private static string Render(JToken link)
    {
        var range = link["range"]!;
        return $"{link["target"]} {range["start"]!["line"]}:{range["start"]!["character"]}-{range["end"]!["line"]}:{range["end"]!["character"]}";
    }

    /// <summary>Managed memory after a full, compacting collection.</summary>
    public static long SettledManagedBytes()
    {
        for (var i = 0; i < 3; i++)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
