using PapersLsp.Core.Arxiv;

namespace PapersLsp.Online.Tests.Infrastructure;

/// <summary>A fake arXiv server, a manual clock, a scratch state folder and a client wired to them.</summary>
public sealed class OnlineFixture : IAsyncDisposable
{
    private readonly ScratchFolder _scratch = new();

    public OnlineFixture(Func<ArxivApiOptions, ArxivApiOptions>? configure = null)
    {
        var options = new ArxivApiOptions { Endpoint = Server.Endpoint, StateDirectory = _scratch.Path, RequestTimeout = TimeSpan.FromSeconds(5) };
        Options = configure?.Invoke(options) ?? options;
        Client = new ArxivApiClient(Options, Clock, (level, message) => { lock (Log) Log.Add((level, message)); }, new Random(7));
    }

    public FakeArxivServer Server { get; } = new();

    public ManualClock Clock { get; } = new();

    public ArxivApiOptions Options { get; }

    public ArxivApiClient Client { get; }

    public List<(OnlineLogLevel Level, string Message)> Log { get; } = [];

    public string StateDirectory => _scratch.Path;

    public IReadOnlyList<string> Warnings()
    {
        lock (Log) return [.. Log.Where(l => l.Level == OnlineLogLevel.Warning).Select(l => l.Message)];
    }

    public static ArxivId Id(string text) => ArxivId.TryParse(text, out var id) ? id : throw new ArgumentException(text);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _scratch.Dispose();
    }
}
