using System.Text;
using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>The same hostile traffic against the real executable over stdio: it answers, keeps serving and its RSS settles.</summary>
[Collection(nameof(MemorySensitive))]
public sealed class ExecutableAbuseTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const long Megabyte = 1024 * 1024;
    private readonly string _catalog = Path.Combine(Path.GetTempPath(), $"papers-abuse-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var file in new[] { _catalog, _catalog + "-wal", _catalog + "-shm" }) File.Delete(file);
    }

    [Fact]
    public async Task Ten_thousand_hostile_messages_over_stdio_leave_a_serving_process_near_its_baseline_memory()
    {
        await using var session = await StdioSession.StartInitializedAsync(_catalog);
        await session.NotifyAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = ServingCheck.Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = ServingCheck.Text },
        });
        await AssertServesAsync(session);
        foreach (var warmup in HostileMessages.Generate(seed: 1, count: 500)) await session.SendAsync(warmup.Body);
        await AssertServesAsync(session);
        var baseline = session.ResidentBytes();

        var messages = HostileMessages.Generate(seed: 20, count: 10_000).ToArray();
        foreach (var message in messages) await session.SendAsync(message.Body);
        var expected = messages.Where(m => m.ReplyId is { } id && id != "null").Select(m => m.ReplyId!).ToHashSet();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!expected.IsSubsetOf(session.Responses.Select(r => r["id"]?.ToString() ?? "null")) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var missing = expected.Except(session.Responses.Select(r => r["id"]?.ToString() ?? "null")).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} requests got no reply, e.g. {string.Join(", ", missing.Take(5))}");
        Assert.False(session.HasExited);

        await AssertServesAsync(session);
        for (var n = 0; n < 4; n++)
            await session.NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = HostileMessages.HostileUri(n) } });
        session.ForgetResponses();
        await AssertServesAsync(session);
        var after = session.ResidentBytes();
        output.WriteLine($"RSS {baseline / Megabyte} MB before 10k hostile messages, {after / Megabyte} MB after");
        Assert.True(after - baseline < 150 * Megabyte, $"RSS grew from {baseline / Megabyte} MB to {after / Megabyte} MB");
        Assert.Equal(0, await session.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_50_MB_document_over_stdio_is_served_and_the_process_keeps_serving()
    {
        await using var session = await StdioSession.StartInitializedAsync(_catalog);
        await session.NotifyAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = ServingCheck.Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = ServingCheck.Text },
        });
        await AssertServesAsync(session);
        var baseline = session.ResidentBytes();

        const string line = "Notes on arXiv:2410.15661 and \\cite{k} with [@key] and some more words here.\n";
        var body = new StringBuilder().Append("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///big/huge.md\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"");
        for (var i = 0; i < 50 * Megabyte / line.Length; i++) body.Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
        body.Append("\"}}}");
        await session.SendAsync(Encoding.UTF8.GetBytes(body.ToString()));
        body = null;
        var links = await session.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///big/huge.md" } }, TimeSpan.FromMinutes(3));
        Assert.Null(links["error"]);
        var peak = session.ResidentBytes();
        await session.NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///big/huge.md" } });
        links = null;
        session.ForgetResponses();
        await AssertServesAsync(session);
        var after = session.ResidentBytes();
        output.WriteLine($"RSS {baseline / Megabyte} MB before, {peak / Megabyte} MB with the 50 MB document, {after / Megabyte} MB after closing it");
        Assert.False(session.HasExited);
        // The GC keeps some of the freed heap for reuse; the bound only catches a document that is never let go.
        Assert.True(after - baseline < 1024 * Megabyte, $"RSS {baseline / Megabyte} MB before, {peak / Megabyte} MB at the peak, {after / Megabyte} MB after closing");
        Assert.Equal(0, await session.ShutdownAndExitAsync());
    }

    /// <summary>documentLink is exact; hover answers on the arXiv URL (the catalog may or may not know it).</summary>
    private static async Task AssertServesAsync(StdioSession session)
    {
        var links = await session.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = ServingCheck.Uri } });
        Assert.Null(links["error"]);
        Assert.Equal(["https://arxiv.org/abs/1706.03762", "https://arxiv.org/abs/2410.15661v2"], links["result"]!.Select(l => (string)l["target"]!).ToArray());
        var hover = await session.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = ServingCheck.Uri },
            ["position"] = new JObject { ["line"] = 1, ["character"] = 25 },
        });
        Assert.Null(hover["error"]);
        Assert.Contains("2410.15661", (string?)hover["result"]?["contents"]?["value"], StringComparison.Ordinal);
    }
}
