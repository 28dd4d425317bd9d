using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Protocol;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_declares_capabilities_and_server_info()
    {
        await using var client = LspTestClient.Start();
        var response = await client.RequestAsync("initialize", new JObject { ["capabilities"] = new JObject() });
        var result = response["result"]!;
        Assert.Equal("papers-lsp", (string?)result["serverInfo"]!["name"]);
        Assert.Equal("0.0.0-test", (string?)result["serverInfo"]!["version"]);
        Assert.Equal(2, (int)result["capabilities"]!["textDocumentSync"]!["change"]!);
        Assert.Equal("utf-16", (string?)result["capabilities"]!["positionEncoding"]);
        Assert.NotNull(result["capabilities"]!["documentLinkProvider"]);
    }

    [Fact]
    public async Task Requests_before_initialize_are_rejected_with_32002_and_notifications_dropped()
    {
        await using var client = LspTestClient.Start();
        await client.OpenAsync("file:///early.md", "arXiv:2410.15661");
        var response = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///early.md" } });
        Assert.Equal(-32002, (int)response["error"]!["code"]!);

        await client.RequestAsync("initialize", new JObject { ["capabilities"] = new JObject() });
        var links = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///early.md" } });
        Assert.Empty((JArray)links["result"]!); // the didOpen before initialize was dropped
    }

    [Fact]
    public async Task Second_initialize_is_an_invalid_request()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var response = await client.RequestAsync("initialize", new JObject { ["capabilities"] = new JObject() });
        Assert.Equal(-32600, (int)response["error"]!["code"]!);
    }

    [Fact]
    public async Task Requests_after_shutdown_get_32600_and_exit_returns_0()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        Assert.Null((await client.RequestAsync("shutdown"))["error"]);
        var late = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///x.md" } });
        Assert.Equal(-32600, (int)late["error"]!["code"]!);
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_returns_1()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("exit");
        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task End_of_input_stops_the_server()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        client.CloseInput();
        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Shutdown_answered_even_when_exit_follows_immediately()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var (_, shutdown) = await client.StartRequestAsync("shutdown");
        await client.NotifyAsync("exit");
        Assert.Null((await shutdown.WaitAsync(TimeSpan.FromSeconds(10)))["error"]);
        Assert.Equal(0, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_request_in_flight_at_exit_is_answered_and_its_answer_lets_the_server_end()
    {
        // A string id with a character JSON escapes: the answer must clear the id the request was noted under.
        const string Id = "held-\u00e9";
        var held = new HeldHandler();
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options() with { AdditionalHandlers = [_ => held] });
        var response = client.ExpectResponse(Id);
        await client.SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = Id, ["method"] = "test/held", ["params"] = new JObject() });
        await held.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await client.NotifyAsync("exit");

        await Task.Delay(200);
        Assert.False(client.Server.IsCompleted, "the server ended with a request still unanswered");
        var released = System.Diagnostics.Stopwatch.StartNew();
        held.Release.SetResult();
        Assert.Equal("done", (string?)(await response.WaitAsync(TimeSpan.FromSeconds(10)))["result"]);
        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
        // The server gives unanswered requests 3 s: an answer that did not count would keep it that long.
        Assert.True(released.Elapsed < TimeSpan.FromSeconds(2), $"the server took {released.Elapsed} to end after the answer");
    }

    /// <summary>A request that finishes only when the test says so.</summary>
    private sealed class HeldHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        [StreamJsonRpc.JsonRpcMethod("test/held")]
        public async Task<string> Held(JToken _)
        {
            Started.SetResult();
            await Release.Task;
            return "done";
        }
    }
}
