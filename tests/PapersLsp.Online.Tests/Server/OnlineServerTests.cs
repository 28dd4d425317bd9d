using Newtonsoft.Json.Linq;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Tests.Infrastructure;

namespace PapersLsp.Online.Tests.Server;

/// <summary>Online lookup through the in-process language server, against the fake arXiv API on 127.0.0.1.</summary>
public sealed class OnlineServerTests : IAsyncDisposable
{
    private const string Uri = "file:///workspace/notes.md";
    private readonly FakeArxivServer _arxiv = new();
    private readonly ScratchFolder _scratch = new();
    private readonly TestCatalog _catalog = new();
    private readonly List<string> _serverRequests = [];

    private LanguageServerOptions Options() => TestServer.Options(_catalog) with
    {
        // Whatever the settings say, these servers can only ever reach the fake API.
        ConfigureArxivApi = o => o with { Endpoint = _arxiv.Endpoint, StateDirectory = _scratch.Path, RequestSpacing = TimeSpan.FromMilliseconds(50) },
    };

    private async Task<LspTestClient> StartAsync(bool online)
    {
        var client = await LspTestClient.StartInitializedAsync(Options(),
            capabilities: JObject.Parse("""{"workspace": {"inlayHint": {"refreshSupport": true}}}"""),
            initializationOptions: new JObject { ["online"] = new JObject { ["enabled"] = online, ["arxivApi"] = _arxiv.Endpoint.AbsoluteUri, ["contact"] = "someone@example.org" } });
        client.OnServerRequest = request =>
        {
            lock (_serverRequests) _serverRequests.Add((string)request["method"]!);
            return JValue.CreateNull();
        };
        return client;
    }

    private static JObject At(int line, int character) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = Uri },
        ["position"] = new JObject { ["line"] = line, ["character"] = character },
    };

    private static async Task<string> HoverTextAsync(LspTestClient client, int line, int character)
    {
        var response = await client.RequestAsync("textDocument/hover", At(line, character));
        return response["result"] is JObject hover ? (string?)hover["contents"]?["value"] ?? "" : "";
    }

    [Fact]
    public async Task While_online_lookup_is_off_the_server_sends_no_request_at_all()
    {
        await using var client = await StartAsync(online: false);
        var unknown = Enumerable.Range(1, 300).Select(n => $"arXiv:2504.{n:D5}").Concat(ArxivCorpus.Entries.Keys.Select(k => "https://arxiv.org/abs/" + k));
        var text = "# Reading list\n\n" + string.Join("\n", unknown.Select(u => $"- {u}")) + "\n";
        await client.OpenAsync(Uri, text);
        await client.OpenAsync("file:///workspace/paper.tex", "\\section{Intro} See arXiv:1605.08386 and \\url{https://arxiv.org/abs/2104.12255}.\n", "latex");

        var diagnostics = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Uri);
        Assert.Contains(diagnostics["params"]!["diagnostics"]!, d => (string?)d["code"] == "unknown-arxiv-id");
        Assert.Contains("not in the paper catalog", await HoverTextAsync(client, 2, 10), StringComparison.Ordinal);
        var actions = await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri },
            ["range"] = new JObject { ["start"] = new JObject { ["line"] = 2, ["character"] = 5 }, ["end"] = new JObject { ["line"] = 2, ["character"] = 5 } },
            ["context"] = new JObject { ["diagnostics"] = new JArray() },
        });
        Assert.Contains(actions["result"]!, a => ((string?)a["title"])?.StartsWith("Look up arXiv:2504.00001", StringComparison.Ordinal) == true);
        await client.RequestAsync("textDocument/inlayHint", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri },
            ["range"] = new JObject { ["start"] = new JObject { ["line"] = 0, ["character"] = 0 }, ["end"] = new JObject { ["line"] = 400, ["character"] = 0 } },
        });
        await client.NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JArray(new JObject { ["text"] = text + "- arXiv:2505.00001\n" }),
        });
        await Task.Delay(500);

        Assert.Empty(_arxiv.Requests);
        Assert.Equal(0, _catalog.Upserts);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Hover_on_an_unknown_id_says_it_is_being_fetched_then_shows_the_abstract()
    {
        var release = new TaskCompletionSource();
        _arxiv.Script(FakeResponse.Feed(ArxivCorpus.File("2026_id_list-1605.08386.xml")) with { HoldUntil = release.Task });
        await using var client = await StartAsync(online: true);
        await client.OpenAsync(Uri, "Notes\n\nSee arXiv:1605.08386 and also arXiv:1605.08386v1.\n");

        var pending = await Eventually(() => HoverTextAsync(client, 2, 8), t => t.Contains("being fetched", StringComparison.Ordinal));
        Assert.Contains("arXiv:1605.08386", pending, StringComparison.Ordinal);
        // The client sees the id as unknown first (only then is there something for the refresh to clear).
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            n => (string?)n["params"]!["uri"] == Uri && n["params"]!["diagnostics"]!.Any(d => (string?)d["code"] == "unknown-arxiv-id"));
        release.SetResult();

        var resolved = await Eventually(() => HoverTextAsync(client, 2, 8), t => t.Contains("Graphs on lattice points", StringComparison.Ordinal));
        Assert.DoesNotContain("being fetched", resolved, StringComparison.Ordinal);
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            n => (string?)n["params"]!["uri"] == Uri && !n["params"]!["diagnostics"]!.Any(d => (string?)d["code"] == "unknown-arxiv-id"));
        await Eventually(() => Task.FromResult(Requested("workspace/inlayHint/refresh")), found => found);

        var request = Assert.Single(_arxiv.Requests);
        Assert.Equal(["1605.08386"], request.Ids);
        Assert.StartsWith("papers-lsp/", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.EndsWith("; mailto:someone@example.org)", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal("arxiv-api", _catalog.GetByKey("1605.08386")!.Sources[0].Name);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Turning_lookup_on_fetches_the_open_documents_unknown_ids_in_one_batch()
    {
        await using var client = await StartAsync(online: false);
        await client.OpenAsync(Uri, "arXiv:1605.08386, arXiv:2104.12255, astro-ph/0601001 and arXiv:2512.99999\n");
        await Task.Delay(300);
        Assert.Empty(_arxiv.Requests);

        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject
        {
            ["settings"] = new JObject { ["papersLsp"] = new JObject { ["online"] = new JObject { ["enabled"] = true } } },
        });
        await Eventually(() => Task.FromResult(_catalog.GetByKey("astro-ph/0601001") is not null), found => found);
        var request = Assert.Single(_arxiv.Requests);
        Assert.Equal(["1605.08386", "2104.12255", "2512.99999", "astro-ph/0601001"], request.Ids.Order(StringComparer.Ordinal));

        // The id arXiv lacks is not asked for again on the next edit.
        await client.NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JArray(new JObject { ["text"] = "arXiv:2512.99999 again\n" }),
        });
        await Task.Delay(300);
        Assert.Single(_arxiv.Requests);
        Assert.Contains("not in the paper catalog", await HoverTextAsync(client, 0, 8), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_look_up_code_action_fetches_one_id_on_request_even_while_lookup_is_off()
    {
        await using var client = await StartAsync(online: false);
        await client.OpenAsync(Uri, "Cited: arXiv:2104.12255\n");
        var diagnostics = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Uri);
        var unknown = diagnostics["params"]!["diagnostics"]!.Single(d => (string?)d["code"] == "unknown-arxiv-id");
        Assert.Equal("2104.12255", (string?)unknown["data"]);

        var actions = await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri },
            ["range"] = unknown["range"],
            ["context"] = new JObject { ["diagnostics"] = new JArray(unknown) },
        });
        var lookUp = actions["result"]!.Single(a => ((string?)a["title"])!.StartsWith("Look up", StringComparison.Ordinal));
        Assert.Equal("quickfix", (string?)lookUp["kind"]);
        Assert.Single(lookUp["diagnostics"]!);
        Assert.Empty(_arxiv.Requests);

        var command = lookUp["command"]!;
        var result = await client.RequestAsync("workspace/executeCommand", new JObject { ["command"] = command["command"], ["arguments"] = command["arguments"] });
        Assert.Contains("found arXiv:2104.12255", (string?)result["result"], StringComparison.Ordinal);
        Assert.Single(_arxiv.Requests);
        Assert.NotNull(_catalog.GetByKey("2104.12255"));
        await client.WaitForNotificationAsync("window/showMessage");
    }

    [Fact]
    public async Task The_look_up_command_takes_ids_as_typed_with_the_arxiv_prefix()
    {
        await using var client = await StartAsync(online: false);
        var result = await client.RequestAsync("workspace/executeCommand", new JObject
        {
            ["command"] = "papers.lookupArxiv",
            ["arguments"] = new JArray(" arXiv:2104.12255v1 ", "ARXIV: 1605.08386"),
        });
        Assert.Null(result["error"]);
        Assert.Contains("found arXiv:", (string?)result["result"], StringComparison.Ordinal);
        Assert.Equal(["1605.08386", "2104.12255"], Assert.Single(_arxiv.Requests).Ids.Order(StringComparer.Ordinal));
        Assert.NotNull(_catalog.GetByKey("2104.12255"));
        Assert.NotNull(_catalog.GetByKey("1605.08386"));
    }

    [Fact]
    public async Task The_look_up_command_rejects_arguments_that_are_not_exactly_an_id()
    {
        await using var client = await StartAsync(online: false);
        var result = await client.RequestAsync("workspace/executeCommand", new JObject
        {
            ["command"] = "papers.lookupArxiv",
            ["arguments"] = new JArray("arXiv:", "2104.12255 extra", "arXiv:2413.00001", new JObject { ["id"] = "2104.12255" }, 2104.12255),
        });
        Assert.Equal(-32602, (int)result["error"]!["code"]!);
        Assert.Empty(_arxiv.Requests);
    }

    private bool Requested(string method)
    {
        lock (_serverRequests) return _serverRequests.Contains(method);
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"still {value}");
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _arxiv.DisposeAsync();
        _scratch.Dispose();
    }
}
