using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Protocol;

/// <summary>Incremental sync and ordering, observed through document links (whose ranges move with the text).</summary>
public sealed class TextSyncTests
{
    private const string Uri = "file:///workspace/notes.md";

    private static JObject Change(int version, int line, int ch1, int ch2, string text) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = Uri, ["version"] = version },
        ["contentChanges"] = new JArray(new JObject
        {
            ["range"] = new JObject
            {
                ["start"] = new JObject { ["line"] = line, ["character"] = ch1 },
                ["end"] = new JObject { ["line"] = line, ["character"] = ch2 },
            },
            ["text"] = text,
        }),
    };

    private static async Task<JArray> LinksAsync(LspTestClient client) =>
        (JArray)(await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } }))["result"]!;

    [Fact]
    public async Task A_read_sent_right_after_a_change_sees_the_change_under_1000_interleaved_pairs()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, " arXiv:2410.15661"); // each change adds an "x" before the space
        var reads = new List<(int Expected, Task<JObject> Response)>();
        for (var i = 1; i <= 1000; i++)
        {
            await client.NotifyAsync("textDocument/didChange", Change(i + 1, 0, 0, 0, "x"));
            reads.Add((i, (await client.StartRequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } })).Response));
        }
        foreach (var (expected, response) in reads)
        {
            var links = (JArray)(await response.WaitAsync(TimeSpan.FromSeconds(60)))["result"]!;
            Assert.Equal(expected + 1, (int)links.Single()["range"]!["start"]!["character"]!);
        }
    }

    [Theory]
    [InlineData("utf-16", 4, 6)]
    [InlineData("utf-8", 8, 10)] // 😀 is 4 bytes, 数 3: the space after 数 starts at byte 8
    public async Task Incremental_edits_and_ranges_use_the_negotiated_encoding(string encoding, int spaceColumn, int idColumnAfter)
    {
        var capabilities = new JObject { ["general"] = new JObject { ["positionEncodings"] = new JArray(encoding) } };
        await using var client = await LspTestClient.StartInitializedAsync(capabilities: capabilities);
        await client.OpenAsync(Uri, "first line\r\n😀 数 arXiv:2410.15661\r\nlast");
        await client.NotifyAsync("textDocument/didChange", Change(2, 1, spaceColumn, spaceColumn + 1, "!!"));
        var link = (await LinksAsync(client)).Single();
        Assert.Equal(1, (int)link["range"]!["start"]!["line"]!);
        Assert.Equal(idColumnAfter, (int)link["range"]!["start"]!["character"]!);
    }

    [Fact]
    public async Task Changes_to_unopened_documents_and_stale_versions_are_ignored()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("textDocument/didChange", Change(5, 0, 0, 0, "x"));
        await client.OpenAsync(Uri, "arXiv:2410.15661", version: 10);
        await client.NotifyAsync("textDocument/didChange", Change(3, 0, 0, 0, "stale "));
        Assert.Equal(0, (int)(await LinksAsync(client)).Single()["range"]!["start"]!["character"]!);
        await client.NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } });
        Assert.Empty(await LinksAsync(client));
    }
}
