using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PapersLsp.Server.Tests.EndToEnd;
using PapersLsp.Server.Transport;

namespace PapersLsp.Server.Tests.Reliability;

/// <summary>A raw LSP session with the real executable over its stdin/stdout, for abuse tests that need a separate process.</summary>
public sealed class StdioSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentQueue<JObject> _responses = new();
    private readonly Task _reader;
    private readonly Task<string> _stderr;
    private int _nextId;

    private StdioSession(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _stderr = process.StandardError.ReadToEndAsync();
        _reader = Task.Run(ReadAsync);
    }

    public static async Task<StdioSession> StartInitializedAsync(string catalogPath)
    {
        var session = new StdioSession(ServerExecutable.Start(["--stdio", "--catalog", catalogPath], new Dictionary<string, string> { ["PAPERS_LSP_LOG"] = "error" }));
        var init = await session.RequestAsync("initialize", new JObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JObject() });
        Assert.Null(init["error"]);
        await session.NotifyAsync("initialized", new JObject());
        return session;
    }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<JObject> Responses => _responses.ToArray();

    public void ForgetResponses() => _responses.Clear();

    /// <summary>The server's resident set size, from /proc.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        throw new InvalidOperationException("no VmRSS");
    }

    public async Task SendAsync(byte[] body)
    {
        await _input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await _input.WriteAsync(body);
        await _input.FlushAsync();
    }

    public Task NotifyAsync(string method, JToken parameters) =>
        SendAsync(Encoding.UTF8.GetBytes(new JObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }.ToString(Formatting.None)));

    public async Task<JObject> RequestAsync(string method, JToken parameters, TimeSpan? timeout = null)
    {
        var id = $"s-{Interlocked.Increment(ref _nextId)}";
        await SendAsync(Encoding.UTF8.GetBytes(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToString(Formatting.None)));
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_responses.FirstOrDefault(r => (string?)r["id"] == id) is { } reply) return reply;
            if (_process.HasExited) throw new InvalidOperationException($"the server exited ({_process.ExitCode}): {await _stderr}");
            await Task.Delay(10);
        }
        throw new TimeoutException($"no reply to {method}");
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        Assert.Null((await RequestAsync("shutdown", new JObject()))["error"]);
        await NotifyAsync("exit", new JObject());
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    private async Task ReadAsync()
    {
        var reader = new LspFrameReader(_process.StandardOutput.BaseStream);
        while (await reader.ReadFrameAsync(CancellationToken.None) is { } body)
        {
            var message = JObject.Parse(Encoding.UTF8.GetString(body)); // anything but a frame on stdout fails here
            if (message["method"] is null) _responses.Enqueue(message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await Task.WhenAny(_reader, Task.Delay(5000));
        _process.Dispose();
    }
}
