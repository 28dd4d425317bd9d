using System.Text;
using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>
/// Regression tests for message envelopes that used to stop StreamJsonRpc's reader for good (the transport kept
/// reading, so the server looked alive but never answered again). Each is now refused or dropped at the transport.
/// </summary>
public sealed class MalformedEnvelopeTests
{
    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1.5,"method":"textDocument/documentLink","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":true,"method":"textDocument/documentLink","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":[1],"method":"textDocument/documentLink","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/documentLink","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1e400,"method":"textDocument/documentLink","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":92233720368547758070,"method":"custom/x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":424244,"error":5}""")]
    [InlineData("""{"jsonrpc":"2.0","id":424245,"result":1,"error":{"code":1,"message":"m"}}""")]
    public async Task Invalid_ids_and_response_shapes_get_32600_with_a_null_id_and_the_server_keeps_serving(string body)
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        var error = client.ExpectResponse("null");
        await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        Assert.Equal(-32600, (int)(await error.WaitAsync(TimeSpan.FromSeconds(10)))["error"]!["code"]!);
        await ServingCheck.AssertStillServesAsync(client);
    }

    [Theory]
    [InlineData("""{"id":"v-1","method":"custom/x","params":{}}""")]
    [InlineData("""{"jsonrpc":"1.0","id":"v-1","method":"custom/x","params":{}}""")]
    [InlineData("""{"jsonrpc":2,"id":"v-1","method":"custom/x","params":{}}""")]
    public async Task A_request_without_jsonrpc_2_0_gets_32600_with_its_id(string body)
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        var error = client.ExpectResponse("v-1");
        await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        Assert.Equal(-32600, (int)(await error.WaitAsync(TimeSpan.FromSeconds(10)))["error"]!["code"]!);
        await ServingCheck.AssertStillServesAsync(client);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":"never-sent","result":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":424242,"result":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"result":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":424243,"error":{"code":1,"message":"m"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"zz","error":{"code":"x"}}""")]
    public async Task Responses_to_requests_the_server_never_sent_are_dropped(string body)
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        await ServingCheck.AssertStillServesAsync(client);
        Assert.Contains("which the server never asked", client.StderrText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":5}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":[1,2]}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":{"x":[]}}}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1.5}}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":"x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":null,"method":"textDocument/documentLink","params":{}}""")]
    public async Task Notifications_with_wrong_parameters_are_ignored(string body)
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestServer.Options(FixedCatalog.Attention()));
        await ServingCheck.OpenAsync(client);
        await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        await ServingCheck.AssertStillServesAsync(client);
    }

    [Fact]
    public async Task A_response_to_the_servers_own_request_still_reaches_it()
    {
        // workspace/configuration is the server's own request; answering it must still work with the id filter in place.
        await using var client = await LspTestClient.StartInitializedAsync(
            TestServer.Options(FixedCatalog.Attention()),
            new JObject { ["workspace"] = new JObject { ["configuration"] = true } });
        var asked = 0;
        client.OnServerRequest = request =>
        {
            if ((string?)request["method"] == "workspace/configuration") Interlocked.Increment(ref asked);
            return new JArray(new JObject());
        };
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = new JObject() });
        await ServingCheck.OpenAsync(client);
        await ServingCheck.AssertStillServesAsync(client);
        for (var i = 0; i < 100 && Volatile.Read(ref asked) == 0; i++) await Task.Delay(50);
        Assert.True(asked > 0, "the server never pulled its configuration");
        Assert.DoesNotContain("which the server never asked", client.StderrText, StringComparison.Ordinal);
    }
}
