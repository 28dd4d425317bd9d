using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PapersLsp.LoadDriver;

/// <summary>An initialized connection to one server process, with the editor-side bookkeeping (document versions, diagnostics).</summary>
public sealed class LspSession : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly BlockingCollection<LspNotification> _diagnostics = [];

    private LspSession(LspClient client, JsonNode? capabilities, double initializeMs)
    {
        Client = client;
        Capabilities = capabilities;
        InitializeMs = initializeMs;
        client.Notification += n => { if (n.Method == "textDocument/publishDiagnostics") _diagnostics.Add(n); };
    }

    public LspClient Client { get; }

    /// <summary>The server's declared capabilities.</summary>
    public JsonNode? Capabilities { get; }

    /// <summary>Process start to the <c>initialize</c> answer.</summary>
    public double InitializeMs { get; }

    public static async Task<LspSession> StartAsync(DriverOptions options, string workspace)
    {
        var arguments = new List<string> { "--stdio" };
        if (options.Catalog is { } catalog) arguments.AddRange(["--catalog", catalog]);
        var client = LspClient.Start(options.Server, arguments, options.StderrLog);
        var rootUri = new Uri(workspace + "/").AbsoluteUri;
        var response = await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "bench" }),
            ["capabilities"] = new JsonObject
            {
                ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-16") },
                ["textDocument"] = new JsonObject
                {
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                    ["inlayHint"] = new JsonObject(),
                    ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true },
                },
                ["workspace"] = new JsonObject { ["configuration"] = false, ["symbol"] = new JsonObject() },
            },
        }, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        if (response.Error is not null) throw new InvalidOperationException($"initialize failed: {response.Error.ToJsonString()}");
        var initializeMs = Stopwatch.GetElapsedTime(client.StartedTicks, response.ReceivedTicks).TotalMilliseconds;
        client.Notify("initialized", new JsonObject());
        return new LspSession(client, response.Result?["capabilities"], initializeMs);
    }

    public bool Has(string capability) => Capabilities?[capability] is { } value && value.GetValueKind() != System.Text.Json.JsonValueKind.False;

    public static string UriOf(string workspace, string name) => new Uri(Path.Combine(workspace, name)).AbsoluteUri;

    public void Open(string uri, string languageId, string text)
    {
        _versions[uri] = 1;
        Client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = 1, ["text"] = text },
        });
    }

    /// <summary>Replaces a range (an insertion when start equals end); returns the new version.</summary>
    public int Change(string uri, (int Line, int Character) start, (int Line, int Character) end, string text)
    {
        var version = _versions.AddOrUpdate(uri, 1, (_, v) => v + 1);
        Client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = TextPositions.Position(start.Line, start.Character),
                    ["end"] = TextPositions.Position(end.Line, end.Character),
                },
                ["text"] = text,
            }),
        });
        return version;
    }

    public static JsonObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = TextPositions.Position(line, character),
    };

    /// <summary>Waits for diagnostics of this document at this version (earlier publications are skipped).</summary>
    public LspNotification? WaitForDiagnostics(string uri, int version, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var left = TimeSpan.FromSeconds((double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
            if (left <= TimeSpan.Zero || !_diagnostics.TryTake(out var n, left)) return null;
            if (n.Params?["uri"]?.GetValue<string>() == uri && n.Params?["version"]?.GetValue<int>() == version) return n;
        }
    }

    public (double RssMb, double PeakMb) Memory() => ProcessMemory.Read(Client.ProcessId);

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
