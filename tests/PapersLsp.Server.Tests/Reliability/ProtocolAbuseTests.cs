using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>Runs alone: the memory checks read the whole process's managed heap.</summary>
[CollectionDefinition(nameof(MemorySensitive), DisableParallelization = true)]
public sealed class MemorySensitive;

/// <summary>
/// Hostile traffic against the in-process server: every request is answered (result or error), the server keeps
/// serving the other documents correctly, and managed memory returns near its baseline.
/// </summary>
[Collection(nameof(MemorySensitive))]
public sealed class ProtocolAbuseTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task Ten_thousand_hostile_messages_are_answered_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        await ServingCheck.AssertStillServesAsync(client);
        client.ForgetMessages();
        var baseline = ServingCheck.SettledManagedBytes();

        var messages = HostileMessages.Generate(seed: 10, count: 10_000).ToArray();
        foreach (var message in messages) await client.SendRawAsync(message.Body);

        var expectedIds = messages.Where(m => m.ReplyId is { } id && id != "null").Select(m => m.ReplyId!).ToArray();
        var expectedNullReplies = messages.Count(m => m.ReplyId == "null");
        var complete = await WaitUntilAsync(() =>
        {
            var ids = client.Responses.Select(r => r["id"]?.Type == JTokenType.String ? (string)r["id"]! : "null").ToArray();
            return ids.Count(i => i == "null") >= expectedNullReplies && expectedIds.All(ids.ToHashSet().Contains);
        }, TimeSpan.FromSeconds(60));
        var responses = client.Responses;
        var answered = responses.Select(r => r["id"]?.ToString()).ToHashSet();
        var unanswered = messages.Where(m => m.ReplyId is { } id && id != "null" && !answered.Contains(id)).Select(m => $"{m.Kind}: {System.Text.Encoding.UTF8.GetString(m.Body)}").Take(5).ToArray();
        Assert.True(complete, $"{responses.Count} replies for {expectedIds.Length + expectedNullReplies} expected; unanswered: {string.Join("\n", unanswered)}\n{client.StderrText[..Math.Min(6000, client.StderrText.Length)]}");
        var byId = responses.Where(r => r["id"] is JValue { Type: JTokenType.String }).GroupBy(r => (string)r["id"]!).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var id in expectedIds)
        {
            Assert.True(byId.TryGetValue(id, out var replies), $"request {id} ({messages.First(m => m.ReplyId == id).Kind}) got no reply");
            Assert.Single(replies);
            Assert.True(replies[0]["result"] is not null ^ replies[0]["error"] is not null, $"reply to {id} must carry exactly one of result and error: {replies[0]}");
        }
        Assert.True(responses.Count(r => r["id"]?.Type == JTokenType.Null) >= expectedNullReplies);
        Assert.All(responses.Where(r => r["error"] is not null), r => Assert.Null(r["error"]!["data"])); // no stack traces

        Assert.False(client.Server.IsCompleted, "the server stopped");
        await ServingCheck.AssertStillServesAsync(client);
        for (var n = 0; n < 4; n++)
            await client.NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = HostileMessages.HostileUri(n) } });
        await ServingCheck.AssertStillServesAsync(client);
        client.ForgetMessages();
        var after = ServingCheck.SettledManagedBytes();
        Assert.True(after - baseline < 40 * Megabyte, $"managed memory grew from {baseline / Megabyte} MB to {after / Megabyte} MB");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_50_MB_document_is_served_and_its_memory_released_when_closed()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        await ServingCheck.AssertStillServesAsync(client);
        client.ForgetMessages();
        var baseline = ServingCheck.SettledManagedBytes();

        const string line = "A line of notes citing arXiv:2410.15661 and [@key] with \\cite{other} text.\n";
        var text = string.Concat(Enumerable.Repeat(line, 50 * (int)Megabyte / line.Length));
        await client.OpenAsync("file:///big/huge.md", text);
        text = null;
        var links = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///big/huge.md" } }, TimeSpan.FromMinutes(3));
        Assert.Null(links["error"]);
        Assert.Empty(links["result"]!); // held, but above TextDocument.MaxAnalyzedLength: not analysed
        links = null;
        await ServingCheck.AssertStillServesAsync(client);
        await client.NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///big/huge.md" } });
        await ServingCheck.AssertStillServesAsync(client);
        client.ForgetMessages();

        // Buffers the JSON reader rented for the 50 MB message sit in the shared array pool until its trim
        // (about a minute after last use, on a full collection); after that the heap is back near the baseline.
        var after = await SettleBelowAsync(baseline + 60 * Megabyte, TimeSpan.FromSeconds(100));
        Assert.True(after - baseline < 60 * Megabyte, $"managed memory grew from {baseline / Megabyte} MB to {after / Megabyte} MB after closing a 50 MB document");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Ten_thousand_rapid_changes_are_applied_in_order()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        const string uri = "file:///rapid/typing.md";
        await client.OpenAsync(uri, "");
        const string unit = "arXiv:1706.03762 ";
        var target = string.Concat(Enumerable.Repeat(unit, 600))[..10_000];
        for (var i = 0; i < target.Length; i++)
        {
            await client.NotifyAsync("textDocument/didChange", new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = i + 2 },
                ["contentChanges"] = new JArray(new JObject
                {
                    ["range"] = new JObject { ["start"] = new JObject { ["line"] = 0, ["character"] = i }, ["end"] = new JObject { ["line"] = 0, ["character"] = i } },
                    ["text"] = target[i].ToString(),
                }),
            });
        }
        var links = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } }, TimeSpan.FromMinutes(2));
        var starts = links["result"]!.Select(l => (int)l["range"]!["start"]!["character"]!).ToArray();
        Assert.Equal(Enumerable.Range(0, 10_000 / unit.Length).Select(k => k * unit.Length), starts); // a lost or reordered keystroke shifts them
        await ServingCheck.AssertStillServesAsync(client);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Requests_cancelled_mid_flight_each_end_with_a_result_or_32800()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        var pending = new List<Task<JObject>>();
        for (var i = 0; i < 1000; i++)
        {
            var method = (i % 4) switch { 0 => "textDocument/hover", 1 => "textDocument/completion", 2 => "textDocument/documentLink", _ => "textDocument/inlayHint" };
            var (id, response) = await client.StartRequestAsync(method, new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = ServingCheck.Uri },
                ["position"] = new JObject { ["line"] = 0, ["character"] = 12 },
                ["range"] = new JObject { ["start"] = new JObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JObject { ["line"] = 2, ["character"] = 0 } },
            });
            await client.NotifyAsync("$/cancelRequest", new JObject { ["id"] = id });
            await client.NotifyAsync("$/cancelRequest", new JObject { ["id"] = id + 100_000 }); // an id that never existed
            pending.Add(response);
        }
        var replies = await Task.WhenAll(pending).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.All(replies, r => Assert.True(r["error"] is null || (int)r["error"]!["code"]! == -32800, r.ToString()));
        await ServingCheck.AssertStillServesAsync(client);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_notification_flood_does_not_starve_requests()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        var flood = Task.Run(async () =>
        {
            for (var i = 0; i < 20_000; i++)
                await client.NotifyAsync(i % 2 == 0 ? "$/setTrace" : "custom/unknownNotification", new JObject { ["value"] = "verbose", ["i"] = i });
        });
        await ServingCheck.AssertStillServesAsync(client);
        await flood.WaitAsync(TimeSpan.FromMinutes(2));
        await ServingCheck.AssertStillServesAsync(client);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>Collects every few seconds until the managed heap is below the bound or the time is up; returns the last reading.</summary>
    private static async Task<long> SettleBelowAsync(long bound, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var bytes = ServingCheck.SettledManagedBytes();
            if (bytes < bound || DateTime.UtcNow > deadline) return bytes;
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(20);
        }
        return true;
    }
}
