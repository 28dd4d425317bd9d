using System.Text;
using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Protocol;

public sealed class TransportTests
{
    private static JObject LinksParams(string uri) => new() { ["textDocument"] = new JObject { ["uri"] = uri } };

    [Fact]
    public async Task Unparsable_body_gets_32700_with_null_id_and_the_connection_stays_up()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var error = client.ExpectResponse("null");
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":"));
        var reply = await error.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(-32700, (int)reply["error"]!["code"]!);
        Assert.Equal(JTokenType.Null, reply["id"]!.Type);

        var after = await client.RequestAsync("textDocument/documentLink", LinksParams("file:///none.md"));
        Assert.Null(after["error"]);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"jsonrpc\":\"2.0\"}")]
    public async Task Bodies_that_are_not_messages_are_invalid_requests(string body)
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var error = client.ExpectResponse("null");
        await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        Assert.Equal(-32600, (int)(await error.WaitAsync(TimeSpan.FromSeconds(10)))["error"]!["code"]!);
        Assert.Null((await client.RequestAsync("textDocument/documentLink", LinksParams("file:///a.md")))["error"]);
    }

    [Fact]
    public async Task Unknown_requests_get_32601_and_unknown_notifications_are_ignored()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("$/somethingNew", new JObject { ["x"] = 1 });
        await client.NotifyAsync("custom/notification", new JObject());
        var unknown = await client.RequestAsync("custom/request", new JObject());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
        Assert.Null((await client.RequestAsync("textDocument/documentLink", LinksParams("file:///a.md")))["error"]);
    }

    [Fact]
    public async Task Broken_framing_ends_the_session_cleanly()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.SendBytesAsync(Encoding.ASCII.GetBytes("Content-Length: banana\r\n\r\n{}"));
        Assert.Equal(1, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("framing is broken", client.StderrText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_failures_reach_the_client_without_stack_traces()
    {
        var options = TestServer.Options() with { AdditionalHandlers = [_ => new FailingHandler()] };
        await using var client = await LspTestClient.StartInitializedAsync(options);
        var reply = await client.RequestAsync("test/fail", new JObject());
        var error = reply["error"]!;
        Assert.Equal(-32603, (int)error["code"]!);
        Assert.Null(error["data"]);
        Assert.DoesNotContain("FailingHandler.cs", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("at PapersLsp.Server.Tests", client.StderrText, StringComparison.Ordinal); // the stack is in the log
    }

    [Fact]
    public async Task Cancel_request_ends_the_handler_with_32800()
    {
        var options = TestServer.Options() with { AdditionalHandlers = [_ => new FailingHandler()] };
        await using var client = await LspTestClient.StartInitializedAsync(options);
        var (id, response) = await client.StartRequestAsync("test/slow", new JObject());
        await Task.Delay(100);
        await client.NotifyAsync("$/cancelRequest", new JObject { ["id"] = id });
        var reply = await response.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(-32800, (int)reply["error"]!["code"]!);
    }

    [Fact]
    public async Task Wrong_parameter_types_are_an_error_reply_not_a_crash()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var reply = await client.RequestAsync("textDocument/documentLink", new JObject { ["textDocument"] = 42 });
        Assert.NotNull(reply["error"]);
        Assert.Null((await client.RequestAsync("textDocument/documentLink", LinksParams("file:///a.md")))["error"]);
    }

    private sealed class FailingHandler
    {
        [StreamJsonRpc.JsonRpcMethod("test/fail")]
        public object Fail(JToken _) => throw new InvalidOperationException("boom in /home/someone/secret/path.cs");

        [StreamJsonRpc.JsonRpcMethod("test/slow")]
        public async Task<object> Slow(JToken _, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return new object();
        }
    }
}
