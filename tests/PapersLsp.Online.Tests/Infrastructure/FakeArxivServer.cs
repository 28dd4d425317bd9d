using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PapersLsp.Online.Tests.Infrastructure;

/// <summary>A request the fake server received.</summary>
public sealed record FakeRequest(string Target, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    /// <summary>A query parameter, URL-decoded.</summary>
    public string? Query(string name)
    {
        var q = Target.IndexOf('?', StringComparison.Ordinal);
        if (q < 0) return null;
        foreach (var pair in Target[(q + 1)..].Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] == name) return Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }
        return null;
    }

    public IReadOnlyList<string> Ids => Query("id_list") is { Length: > 0 } list ? list.Split(',') : [];
}

/// <summary>What the fake server does with one request: an answer, or a fault.</summary>
public sealed record FakeResponse
{
    public int Status { get; init; } = 200;
    public byte[] Body { get; init; } = [];
    public string? RetryAfter { get; init; }
    /// <summary>Send only this many body bytes (Content-Length still announces all of them), then close.</summary>
    public int? TruncateAt { get; init; }
    /// <summary>Reset the connection (RST) after reading the request, before any answer.</summary>
    public bool Reset { get; init; }
    public TimeSpan Delay { get; init; }
    /// <summary>Holds the answer until this task completes (for "being fetched" states).</summary>
    public Task? HoldUntil { get; init; }

    public static FakeResponse Feed(byte[] body) => new() { Body = body };
    public static FakeResponse Unavailable(string retryAfter, int status = 503) => new() { Status = status, RetryAfter = retryAfter, Body = "busy"u8.ToArray() };
    public static FakeResponse ErrorFeed() => new() { Status = 400, Body = ArxivCorpus.File("2026_id_list-abc_ERROR.xml") };
    public static FakeResponse Garbage() => new() { Body = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>oops</ti\u0000tle>< <<"u8.ToArray() };
    public static FakeResponse ConnectionReset() => new() { Reset = true };
}

/// <summary>
/// A fake arXiv API on 127.0.0.1 (a free port) in the test process. By default it replays the recorded feeds of
/// tests/corpus/arxiv-api: a single recorded id gets its recorded file byte for byte; other batches get a feed of the
/// recorded entries they ask for (ids it has no entry for are dropped, as arXiv drops them); searches page through the
/// recorded search feed. Scripted responses (faults) are used first, one per request.
/// </summary>
public sealed class FakeArxivServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> RecordedIdFiles = new(StringComparer.Ordinal)
    {
        ["1111.2011"] = "2016_id_list-1111.2011v2.xml",
        ["1605.08386"] = "2026_id_list-1605.08386.xml",
        ["2104.12255"] = "2026_id_list-2104.12255v1.xml",
        ["astro-ph/0601001"] = "2026_id_list-astro-ph_0601001.xml",
    };

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<FakeResponse> _script = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeArxivServer()
    {
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/query");
        _accepting = Task.Run(AcceptAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    /// <summary>The recorded search feed that <c>search_query</c> requests page through.</summary>
    public string SearchFile { get; set; } = "2026_search_testing_m10.xml";

    /// <summary>Queues responses for the next requests, in order.</summary>
    public void Script(params FakeResponse[] responses)
    {
        foreach (var r in responses) _script.Enqueue(r);
    }

    public void ClearScript() => _script.Clear();

    private FakeResponse Replay(FakeRequest request)
    {
        if (request.Query("search_query") is { Length: > 0 })
        {
            var all = ArxivCorpus.EntriesOf(SearchFile);
            var start = int.Parse(request.Query("start") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var max = int.Parse(request.Query("max_results") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
            return FakeResponse.Feed(ArxivCorpus.Feed([.. all.Skip(start).Take(max)], all.Count, start));
        }
        var ids = request.Ids;
        if (ids.Count == 1 && RecordedIdFiles.TryGetValue(ids[0], out var file)) return FakeResponse.Feed(ArxivCorpus.File(file));
        if (ids.Count == 1 && !ArxivCorpus.Entries.ContainsKey(ids[0])) return FakeResponse.Feed(ArxivCorpus.File("2026_id_list-0000.0000_EMPTY.xml"));
        return FakeResponse.Feed(ArxivCorpus.Feed([.. ids.Where(ArxivCorpus.Entries.ContainsKey).Select(i => ArxivCorpus.Entries[i])]));
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            while (await ReadRequestAsync(stream) is { } request)
            {
                _requests.Enqueue(request);
                var response = _script.TryDequeue(out var scripted) ? scripted : Replay(request);
                if (response.HoldUntil is { } hold) await hold.WaitAsync(_stop.Token);
                if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, _stop.Token);
                if (response.Reset)
                {
                    client.LingerState = new LingerOption(true, 0); // close with RST
                    return;
                }
                var head = new StringBuilder();
                head.Append($"HTTP/1.1 {response.Status} {(HttpStatusCode)response.Status}\r\n");
                head.Append("Content-Type: application/atom+xml; charset=utf-8\r\n");
                head.Append($"Content-Length: {response.Body.Length}\r\n");
                if (response.RetryAfter is { } retry) head.Append($"Retry-After: {retry}\r\n");
                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                await stream.WriteAsync(response.Body.AsMemory(0, response.TruncateAt ?? response.Body.Length), _stop.Token);
                await stream.FlushAsync(_stop.Token);
                if (response.TruncateAt is not null) return;
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
        }
    }

    private static async Task<FakeRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) return null;
            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^1] == '\n' && buffer[^2] == '\r' && buffer[^3] == '\n' && buffer[^4] == '\r') break;
        }
        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var target = lines[0].Split(' ')[1];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new FakeRequest(target, headers, DateTimeOffset.UtcNow);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await Task.WhenAny(_accepting, Task.Delay(TimeSpan.FromSeconds(5)));
        _stop.Dispose();
    }
}
