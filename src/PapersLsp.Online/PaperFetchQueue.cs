using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Online;

/// <summary>
/// Ids waiting to be fetched from arXiv: de-duplicated, drained in batches by one background worker, results upserted
/// into the catalog. Ids arXiv lacks (see <see cref="NotFoundCache"/>) and ids whose request just failed are not
/// queued again until their time is up. A failure is logged once; further failures stay quiet until lookups work again.
/// </summary>
public sealed class PaperFetchQueue : IDisposable
{
    private readonly ArxivApiClient _client;
    private readonly IPaperCatalog _catalog;
    private readonly IOnlineClock _clock;
    private readonly Action<OnlineLogLevel, string> _log;
    private readonly TimeSpan _failureCooldown;
    private readonly Lock _gate = new();
    private readonly List<ArxivId> _queue = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _failedAt = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private bool _failing;

    public PaperFetchQueue(ArxivApiClient client, IPaperCatalog catalog, IOnlineClock? clock = null, Action<OnlineLogLevel, string>? log = null, TimeSpan? failureCooldown = null)
    {
        _client = client;
        _catalog = catalog;
        _clock = clock ?? SystemOnlineClock.Instance;
        _log = log ?? ((_, _) => { });
        _failureCooldown = failureCooldown ?? TimeSpan.FromMinutes(10);
        _worker = Task.Run(RunAsync);
    }

    /// <summary>Raised (on the worker) after a batch finished, whatever its outcome.</summary>
    public event Action<ArxivIdLookup>? BatchCompleted;

    /// <summary>True while the id waits in the queue or its request is in flight.</summary>
    public bool IsPending(ArxivId id)
    {
        lock (_gate) return _pending.Contains(id.Id);
    }

    /// <summary>Queues the ids the catalog lacks and arXiv was not recently asked about; returns how many were queued.</summary>
    public int Enqueue(IEnumerable<ArxivId> ids)
    {
        var now = _clock.UtcNow;
        // The cheap checks first, each id once; then the catalog, asked about all the rest in one call.
        var candidates = new Dictionary<string, ArxivId>(StringComparer.Ordinal);
        lock (_gate)
            foreach (var raw in ids)
            {
                var id = raw.WithoutVersion();
                if (_pending.Contains(id.Id) || (_failedAt.TryGetValue(id.Id, out var failed) && now - failed < _failureCooldown)) continue;
                candidates.TryAdd(id.Id, id);
            }
        foreach (var (key, id) in candidates)
            if (_client.NotFound.IsKnownMissing(id)) candidates.Remove(key);
        if (candidates.Count == 0) return 0;
        var inCatalog = _catalog.LatestVersions(candidates.Keys);
        var added = 0;
        lock (_gate)
            foreach (var (key, id) in candidates)
            {
                if (inCatalog.ContainsKey(key) || !_pending.Add(key)) continue;
                _queue.Add(id);
                added++;
            }
        if (added > 0) _signal.Release();
        return added;
    }

    /// <summary>An explicit lookup (code action, command): asks arXiv now, even for ids recently reported missing or failed.</summary>
    public async Task<ArxivIdLookup> LookupNowAsync(IReadOnlyCollection<ArxivId> ids, CancellationToken cancellationToken)
    {
        lock (_gate)
            foreach (var id in ids) _pending.Add(id.Id);
        return await FetchAsync([.. ids.Select(i => i.WithoutVersion()).Distinct()], cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        try
        {
            while (true)
            {
                await _signal.WaitAsync(_stop.Token).ConfigureAwait(false);
                while (TakeBatch() is { Count: > 0 } batch)
                    await FetchAsync(batch, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private List<ArxivId> TakeBatch()
    {
        lock (_gate)
        {
            var count = Math.Min(_queue.Count, _client.Options.MaxIdsPerRequest);
            var batch = _queue.GetRange(0, count);
            _queue.RemoveRange(0, count);
            return batch;
        }
    }

    private async Task<ArxivIdLookup> FetchAsync(List<ArxivId> batch, CancellationToken cancellationToken)
    {
        ArxivIdLookup lookup;
        try
        {
            lookup = await _client.LookupAsync(batch, cancellationToken).ConfigureAwait(false);
            Store(lookup);
        }
        catch (OperationCanceledException)
        {
            Unmark(batch);
            throw;
        }
        catch (Exception ex)
        {
            // Nothing online may take the server down: an unexpected error is one log line and a failed batch.
            lookup = new ArxivIdLookup([], [], batch, [ex.Message]);
        }
        Report(lookup);
        lock (_gate)
        {
            var now = _clock.UtcNow;
            foreach (var id in lookup.Failed) _failedAt[id.Id] = now;
            foreach (var paper in lookup.Papers)
                if (paper.ArxivId is { } id) _failedAt.Remove(id.Id);
        }
        Unmark(batch);
        Raise(() => BatchCompleted?.Invoke(lookup));
        return lookup;
    }

    private void Store(ArxivIdLookup lookup)
    {
        if (lookup.Papers.Count == 0) return;
        try
        {
            _catalog.Upsert(lookup.Papers);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"fetched {lookup.Papers.Count} papers but could not store them in the catalog: {ex.Message}", ex);
        }
    }

    private void Report(ArxivIdLookup lookup)
    {
        _log(OnlineLogLevel.Debug, $"arXiv lookup: {lookup.Papers.Count} found, {lookup.NotFound.Count} not found, {lookup.Failed.Count} failed");
        if (lookup.Failed.Count > 0)
        {
            var first = !_failing;
            _failing = true;
            _log(first ? OnlineLogLevel.Warning : OnlineLogLevel.Debug,
                $"online lookup of {lookup.Failed.Count} arXiv id(s) failed: {string.Join("; ", lookup.Problems)}" +
                (first ? $". PapersLsp retries quietly (not before {_failureCooldown.TotalMinutes:0} minutes for these ids)." : ""));
        }
        else if (_failing && lookup.Papers.Count + lookup.NotFound.Count > 0)
        {
            _failing = false;
            _log(OnlineLogLevel.Info, "online lookup works again");
        }
    }

    private void Unmark(IEnumerable<ArxivId> batch)
    {
        lock (_gate)
            foreach (var id in batch) _pending.Remove(id.Id);
    }

    private void Raise(Action raise)
    {
        try
        {
            raise();
        }
        catch (Exception ex)
        {
            _log(OnlineLogLevel.Warning, $"after an arXiv lookup: {ex.Message}");
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _worker.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
        _signal.Dispose();
    }
}
