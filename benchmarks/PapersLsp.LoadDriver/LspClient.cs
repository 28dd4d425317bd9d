using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PapersLsp.LoadDriver;

/// <summary>A response with the moment the reader thread took it off the pipe (so scheduling delays in the driver do not count).</summary>
public sealed record LspResponse(JsonNode? Result, JsonNode? Error, long ReceivedTicks);

/// <summary>A notification from the server with the moment it arrived.</summary>
public sealed record LspNotification(string Method, JsonNode? Params, long ReceivedTicks);

/// <summary>
/// A minimal LSP client over a server process's stdio: Content-Length framing, numbered requests, a reader thread that
/// timestamps what arrives, and polite answers to the server's own requests (configuration, registrations, refresh).
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<LspResponse>> _pending = new();
    private readonly Lock _writeLock = new();
    private readonly Thread _reader;
    private readonly StreamWriter _stderrLog;
    private long _nextId;

    /// <summary>Raised on the reader thread for every notification.</summary>
    public event Action<LspNotification>? Notification;

    private LspClient(Process process, StreamWriter stderrLog)
    {
        _process = process;
        _stderrLog = stderrLog;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "lsp-reader" };
        _reader.Start();
    }

    public int ProcessId => _process.Id;

    public long StartedTicks { get; private init; }

    /// <summary>Starts the server with the given arguments; its stderr is appended to <paramref name="stderrLogPath"/>.</summary>
    public static LspClient Start(string serverPath, IEnumerable<string> arguments, string stderrLogPath)
    {
        var info = new ProcessStartInfo(serverPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var log = new StreamWriter(stderrLogPath, append: true) { AutoFlush = true };
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {serverPath}");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginErrorReadLine();
        return new LspClient(process, log) { StartedTicks = started };
    }

    public async Task<LspResponse> RequestAsync(string method, JsonNode? parameters, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new TaskCompletionSource<LspResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = pending;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var finished = await Task.WhenAny(pending.Task, Task.Delay(timeout ?? TimeSpan.FromSeconds(60))).ConfigureAwait(false);
        if (finished != pending.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"{method} got no answer within {(timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds:N0} s");
        }
        return await pending.Task.ConfigureAwait(false);
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>shutdown, exit, and a wait for the process to end (killed after a grace period).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                Notify("exit", null);
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            // The process is gone or stuck: it is killed below.
        }
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false); }
        catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        _process.Dispose();
        lock (_stderrLog) _stderrLog.Dispose();
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        lock (_writeLock)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadLoop()
    {
        try
        {
            while (ReadMessage() is { } message) Dispatch(message, Stopwatch.GetTimestamp());
        }
        catch (IOException)
        {
        }
        foreach (var pending in _pending.Values) pending.TrySetException(new IOException("the server closed its output"));
    }

    private JsonNode? ReadMessage()
    {
        var length = -1;
        var line = new StringBuilder();
        while (true)
        {
            var b = _output.ReadByte();
            if (b < 0) return null;
            if (b != '\n') { if (b != '\r') line.Append((char)b); continue; }
            if (line.Length == 0) break;
            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(text.AsSpan(15).Trim(), CultureInfo.InvariantCulture);
            line.Clear();
        }
        var body = new byte[length];
        _output.ReadExactly(body);
        return JsonNode.Parse(body);
    }

    private void Dispatch(JsonNode message, long received)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (_pending.TryRemove(id.GetValue<long>(), out var pending))
                pending.TrySetResult(new LspResponse(message["result"], message["error"], received));
            return;
        }
        if (method is not null && id is not null)
        {
            // The server asks something of the client: answer as a plain editor would.
            JsonNode? result = method == "workspace/configuration"
                ? new JsonArray([.. (message["params"]?["items"]?.AsArray() ?? []).Select(_ => (JsonNode?)null)])
                : null;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
            return;
        }
        if (method is not null) Notification?.Invoke(new LspNotification(method, message["params"], received));
    }
}
