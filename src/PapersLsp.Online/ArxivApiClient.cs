using System.Net;
using PapersLsp.Catalog.Import.Atom;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Online;

/// <summary>Severity of what the online lookup tells its host's log.</summary>
public enum OnlineLogLevel { Debug, Info, Warning }

/// <summary>
/// The arXiv API (<c>id_list</c> batches and <c>search_query</c> pages) over HttpClient, within arXiv's terms: one
/// request at a time, at least three seconds apart machine-wide (<see cref="RequestSpacing"/>), a User-Agent that names
/// the tool. Transient failures are retried with backoff; every outcome is a value, never an exception (except
/// cancellation by the caller).
/// </summary>
public sealed class ArxivApiClient : IDisposable
{
    /// <summary>The source name of records fetched from the API.</summary>
    public const string SourceName = "arxiv-api";

    private readonly ArxivApiOptions _options;
    private readonly HttpClient _http;
    private readonly IOnlineClock _clock;
    private readonly RequestSpacing _spacing;
    private readonly ArxivBackoff _backoff;
    private readonly Action<OnlineLogLevel, string> _log;
    private int _requests;

    public ArxivApiClient(ArxivApiOptions options, IOnlineClock? clock = null, Action<OnlineLogLevel, string>? log = null, Random? jitter = null, HttpMessageHandler? handler = null)
    {
        _options = options;
        _clock = clock ?? SystemOnlineClock.Instance;
        _log = log ?? ((_, _) => { });
        _backoff = new ArxivBackoff(options, jitter ?? new Random());
        _spacing = new RequestSpacing(Path.Combine(options.StateDirectory, OnlineState.LockFileName), options.RequestSpacing, _clock, m => _log(OnlineLogLevel.Warning, m));
        NotFound = new NotFoundCache(Path.Combine(options.StateDirectory, OnlineState.NotFoundFileName), options.NotFoundRetention, _clock);
        _http = new HttpClient(handler ?? CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/atom+xml");
    }

    public ArxivApiOptions Options => _options;

    /// <summary>Ids arXiv recently said it does not have.</summary>
    public NotFoundCache NotFound { get; }

    /// <summary>HTTP requests sent by this client (attempts included).</summary>
    public int RequestsSent => Volatile.Read(ref _requests);

    /// <summary>One connection per server, as arXiv asks; decompression saves their bandwidth and ours.</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        MaxConnectionsPerServer = 1,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// Fetches papers by id in batches of at most <see cref="ArxivApiOptions.MaxIdsPerRequest"/>. Ids missing from an
    /// answer, or refused as malformed, are not-found (and remembered in <see cref="NotFound"/>); ids of a batch that failed
    /// after its retries are <see cref="ArxivIdLookup.Failed"/>.
    /// </summary>
    public async Task<ArxivIdLookup> LookupAsync(IEnumerable<ArxivId> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Select(i => i.WithoutVersion()).Distinct().ToList();
        var papers = new List<PaperRecord>();
        var notFound = new List<ArxivId>();
        var failed = new List<ArxivId>();
        var problems = new List<string>();
        foreach (var chunk in wanted.Chunk(Math.Max(1, _options.MaxIdsPerRequest)))
        {
            var batch = chunk.ToList();
            while (batch.Count > 0)
            {
                var result = await QueryAsync($"id_list={string.Join(',', batch.Select(i => i.Id))}&max_results={batch.Count}", cancellationToken).ConfigureAwait(false);
                if (result.ApiError is { } error && RefusedId(error, batch) is { } refused)
                {
                    // arXiv refuses a whole batch for one id it considers malformed: drop that id and ask again for the rest.
                    notFound.Add(refused);
                    batch.Remove(refused);
                    continue;
                }
                if (!result.Succeeded)
                {
                    failed.AddRange(batch);
                    problems.Add(result.Problem!);
                    break;
                }
                var fetchedAt = _clock.UtcNow;
                var sources = new[] { new PaperSource(SourceName, _options.Endpoint.GetLeftPart(UriPartial.Path), fetchedAt) };
                var byId = new Dictionary<string, ArxivAtomEntry>(StringComparer.Ordinal);
                foreach (var entry in result.Feed!.Entries) byId.TryAdd(entry.Id.Id, entry); // a repeated entry is one paper
                foreach (var id in batch)
                {
                    if (byId.TryGetValue(id.Id, out var entry)) papers.Add(entry.ToPaperRecord(sources));
                    else notFound.Add(id);
                }
                break;
            }
        }
        NotFound.MarkMissing(notFound);
        foreach (var paper in papers)
            if (paper.ArxivId is { } id) NotFound.Forget(id);
        return new ArxivIdLookup(papers, notFound, failed, problems);
    }

    /// <summary>One page of a <c>search_query</c> (arXiv's query syntax, for example <c>ti:"attention" AND cat:cs.CL</c>).</summary>
    public async Task<ArxivSearchPage> SearchPageAsync(string query, int start, int maxResults, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(maxResults, 1, _options.MaxResultsPerPage);
        var result = await QueryAsync($"search_query={Uri.EscapeDataString(query)}&start={start}&max_results={size}", cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded) return new ArxivSearchPage([], start, null, result.Problem);
        var sources = new[] { new PaperSource(SourceName, _options.Endpoint.GetLeftPart(UriPartial.Path), _clock.UtcNow) };
        return new ArxivSearchPage([.. result.Feed!.Entries.Select(e => e.ToPaperRecord(sources))], start, result.Feed.TotalResults, null);
    }

    /// <summary>Pages through a search until <paramref name="max"/> papers, the end of the results, or a failure.</summary>
    public async IAsyncEnumerable<ArxivSearchPage> SearchAsync(string query, int max, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var start = 0;
        while (start < max)
        {
            var page = await SearchPageAsync(query, start, Math.Min(_options.MaxResultsPerPage, max - start), cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.Problem is not null || page.Papers.Count == 0) yield break;
            start += page.Papers.Count;
            if (page.TotalResults is { } total && start >= total) yield break;
        }
    }

    /// <summary>Sends one query (the part after <c>?</c>), retrying transient failures; spacing applies to every attempt.</summary>
    public async Task<ArxivApiResult> QueryAsync(string query, CancellationToken cancellationToken = default)
    {
        var separator = string.IsNullOrEmpty(_options.Endpoint.Query) ? "?" : "&";
        var uri = new Uri(_options.Endpoint.AbsoluteUri + separator + query);
        string failure = "no attempt was made";
        for (var attempt = 1; attempt <= Math.Max(1, _options.MaxAttempts); attempt++)
        {
            var (result, problem, retryAfter) = await AttemptAsync(uri, cancellationToken).ConfigureAwait(false);
            if (result is not null) return result with { Attempts = attempt };
            failure = problem!;
            if (attempt == _options.MaxAttempts) break;
            var wait = _backoff.After(attempt, retryAfter);
            _log(OnlineLogLevel.Debug, $"arXiv API: {failure}; retrying in {wait.TotalSeconds:0.#} s (attempt {attempt + 1} of {_options.MaxAttempts})");
            await _clock.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
        return new ArxivApiResult(null, null, $"{failure} (gave up after {_options.MaxAttempts} attempts)", _options.MaxAttempts);
    }

    /// <summary>One request: a final result, or a transient problem (with the server's Retry-After, if any).</summary>
    private async Task<(ArxivApiResult? Result, string? Problem, TimeSpan? RetryAfter)> AttemptAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var turn = await _spacing.AcquireAsync(cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        Interlocked.Increment(ref _requests);
        try
        {
            using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 429 or 503)
                return (null, $"HTTP {status} from {uri.Host}", ArxivBackoff.RetryAfter(response.Headers.RetryAfter, _clock.UtcNow));
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var feed = ArxivAtomFeed.Parse(new MemoryStream(body), uri.GetLeftPart(UriPartial.Path), timeout.Token);
            if (feed.Errors.Count > 0) return (new ArxivApiResult(null, feed.Errors[0], null, 0), null, null);
            if (status >= 500) return (null, $"HTTP {status} from {uri.Host}", ArxivBackoff.RetryAfter(response.Headers.RetryAfter, _clock.UtcNow));
            if (status is < 200 or >= 300) return (new ArxivApiResult(null, null, $"HTTP {status} from {uri.Host}", 0), null, null);
            // A body that is not an arXiv feed (a proxy's HTML page) must not read as "no papers": no totalResults, no trust.
            if (feed.Malformed.Count > 0) return (null, $"damaged response ({feed.Malformed[0].Message})", null);
            if (feed.TotalResults is null) return (null, "the response is not an arXiv API feed", null);
            return (new ArxivApiResult(feed, null, null, 0), null, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer from {uri.Host} within {_options.RequestTimeout.TotalSeconds:0.#} s", null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return (null, $"request to {uri.Host} failed: {ex.Message}", null);
        }
    }

    /// <summary>The batch id an error entry names (<c>incorrect id format for ID</c>), when it is one of the batch.</summary>
    private static ArxivId? RefusedId(ArxivFeedError error, List<ArxivId> batch)
    {
        const string Marker = "incorrect id format for ";
        var at = error.Message.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var named = error.Message[(at + Marker.Length)..].Trim();
        return batch.FirstOrDefault(i => string.Equals(i.Id, named, StringComparison.OrdinalIgnoreCase) || string.Equals(i.VersionedId, named, StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _http.Dispose();
}
