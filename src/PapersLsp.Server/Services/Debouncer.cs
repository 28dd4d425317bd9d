using System.Collections.Concurrent;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Services;

/// <summary>
/// Runs work for a document or file after a pause, in the background; scheduling the same one again cancels the
/// work still waiting (or, if it watches its token, running) for it, so only the newest version is worked on.
/// Failures are logged, never thrown.
/// </summary>
internal sealed class Debouncer(ServerLog log, string what)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _scheduled = new(StringComparer.Ordinal);

    public void Schedule(string key, TimeSpan delay, Func<CancellationToken, Task> work)
    {
        var cts = new CancellationTokenSource();
        if (_scheduled.TryGetValue(key, out var previous)) previous.Cancel();
        _scheduled[key] = cts;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(delay, cts.Token).ConfigureAwait(false);
                await work(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                log.Exception($"{what} for {key}", ex);
            }
            finally
            {
                _scheduled.TryRemove(new KeyValuePair<string, CancellationTokenSource>(key, cts));
                cts.Dispose();
            }
        }, CancellationToken.None);
    }
}
