using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PapersLsp.Server;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Transport;

namespace PapersLsp.Server.Tests.Infrastructure;

/// <summary>
/// A raw LSP client for in-process tests: it frames JSON itself (so tests can send broken bodies), answers
/// the server's requests, and records notifications.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Stream _writer;
    private readonly LspFrameWriter _frames;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JObject>> _pending = new();
    private readonly List<JObject> _notifications = [];
    private readonly ConcurrentQueue<JObject> _responses = new();
    private readonly SemaphoreSlim _notified = new(0);
    private readonly StringWriter _stderr = new();
    private int _nextId;

    private LspTestClient(LanguageServerOptions options)
    {
        _writer = _toServer.Writer.AsStream();
        _frames = new LspFrameWriter(_writer);
        Server = Task.Run(() => LanguageServer.RunAsync(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), TextWriter.Synchronized(_stderr), options));
        Reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's exit code when it ends.</summary>
    public Task<int> Server { get; }

    private Task Reader { get; }

    /// <summary>Answers the server's <c>workspace/configuration</c> requests.</summary>
    public Func<JObject, JToken> OnServerRequest { get; set; } = _ => JValue.CreateNull();

    public string StderrText => _stderr.ToString();

    public static LspTestClient Start(LanguageServerOptions? options = null) => new(options ?? TestServer.Options());

    /// <summary>Starts a server and completes <c>initialize</c>/<c>initialized</c>.</summary>
    public static async Task<LspTestClient> StartInitializedAsync(LanguageServerOptions? options = null, JObject? capabilities = null, JToken? initializationOptions = null)
    {
        var client = Start(options);
        var result = await client.RequestAsync("initialize", new JObject
        {
            ["processId"] = null,
            ["rootUri"] = "file:///workspace",
            ["capabilities"] = capabilities ?? new JObject(),
            ["initializationOptions"] = initializationOptions,
        });
        Assert.Null(result["error"]);
        await client.NotifyAsync("initialized", new JObject());
        return client;
    }

    public async Task<JObject> RequestAsync(string method, JToken? parameters = null, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = ExpectResponse(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await response.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Sends a request and returns its id without waiting (for cancellation tests).</summary>
    public async Task<(int Id, Task<JObject> Response)> StartRequestAsync(string method, JToken? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = ExpectResponse(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return (id, response);
    }

    /// <summary>Every response the server sent, in arrival order (several may share the null id).</summary>
    public IReadOnlyList<JObject> Responses => _responses.ToArray();

    /// <summary>Drops every response and notification received so far (memory tests measure the server, not the client's records).</summary>
    public void ForgetMessages()
    {
        _responses.Clear();
        foreach (var (key, pending) in _pending)
            if (pending.Task.IsCompleted) _pending.TryRemove(key, out _);
        lock (_notifications) _notifications.Clear();
        _stderr.GetStringBuilder().Clear();
    }

    public Task<JObject> ExpectResponse(string rawId) => _pending.GetOrAdd(rawId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public Task NotifyAsync(string method, JToken? parameters = null) =>
        SendAsync(new JObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public Task SendAsync(JObject message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToString(Formatting.None)));

    public Task SendRawAsync(byte[] body) => _frames.WriteFrameAsync(body);

    /// <summary>Writes bytes with no framing at all (for broken-framing tests).</summary>
    public async Task SendBytesAsync(byte[] bytes)
    {
        await _writer.WriteAsync(bytes);
        await _writer.FlushAsync();
    }

    public void CloseInput() => _toServer.Writer.Complete();

    public Task OpenAsync(string uri, string text, string languageId = "markdown", int version = 1) =>
        NotifyAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    public IReadOnlyList<JObject> Notifications(string method)
    {
        lock (_notifications) return _notifications.Where(n => (string?)n["method"] == method).ToArray();
    }

    /// <summary>Waits for a notification that matches.</summary>
    public async Task<JObject> WaitForNotificationAsync(string method, Func<JObject, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            lock (_notifications)
            {
                var found = _notifications.LastOrDefault(n => (string?)n["method"] == method && (match is null || match(n)));
                if (found is not null) return found;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"no {method} notification arrived");
            await _notified.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        var response = await RequestAsync("shutdown");
        Assert.Null(response["error"]);
        await NotifyAsync("exit");
        return await Server.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task ReadLoopAsync()
    {
        var reader = new LspFrameReader(_fromServer.Reader.AsStream());
        while (await reader.ReadFrameAsync(CancellationToken.None) is { } body)
        {
            var message = JObject.Parse(Encoding.UTF8.GetString(body));
            var method = (string?)message["method"];
            var id = message["id"];
            if (method is null)
            {
                _responses.Enqueue(message);
                var key = id is null || id.Type == JTokenType.Null ? "null" : id.ToString(Formatting.None).Trim('"');
                _pending.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
            }
            else if (id is not null)
            {
                var result = OnServerRequest(message);
                await SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });
            }
            else
            {
                lock (_notifications) _notifications.Add(message);
                _notified.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!Server.IsCompleted) CloseInput();
        await Task.WhenAny(Server, Task.Delay(TimeSpan.FromSeconds(10)));
        _fromServer.Writer.Complete();
        await Task.WhenAny(Reader, Task.Delay(TimeSpan.FromSeconds(5)));
        _frames.Dispose();
        _notified.Dispose();
        _stderr.Dispose();
    }
}
