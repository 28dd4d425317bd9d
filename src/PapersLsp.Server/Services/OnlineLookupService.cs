using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using PapersLsp.Online;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Services;

/// <summary>
/// Online lookup in the server. While <c>online.enabled</c> is off nothing here touches the network (no HttpClient
/// even exists). When on, valid ids in open documents that the catalog lacks are queued and fetched in batches; the
/// papers are upserted into the catalog, whose Changed event makes the server republish diagnostics and ask the client
/// to refresh inlay hints (see <see cref="ServerContext.StartOpeningCatalog"/>). Explicit lookups
/// (the "Look up on arXiv" code action) are the user's request and run whatever the setting.
/// </summary>
public sealed class OnlineLookupService : IDisposable
{
    /// <summary>The command behind "Look up on arXiv": arguments are arXiv ids.</summary>
    public const string LookupCommand = "papers.lookupArxiv";

    private readonly ServerContext _context;
    private readonly Lock _gate = new();
    private readonly Debouncer _queueing;
    private Active? _active;
    private bool _disposed;
    private bool _enabled;

    private sealed record Active(string Endpoint, string Contact, ArxivApiClient Client, PaperFetchQueue Queue) : IDisposable
    {
        public void Dispose()
        {
            Queue.Dispose();
            Client.Dispose();
        }
    }

    public OnlineLookupService(ServerContext context)
    {
        _queueing = new Debouncer(context.Log, "queueing arXiv lookups");
        _context = context;
        context.Workspace.Changed += OnWorkspaceChanged;
        context.Rpc.Disconnected += (_, _) => Dispose(); // the session is over: stop fetching, release the HttpClient
    }

    /// <summary>True when the id is queued or being fetched (the hover says so).</summary>
    public bool IsBeingFetched(ArxivId id) => Volatile.Read(ref _active)?.Queue.IsPending(id) == true;

    /// <summary>Fetches ids now, on the user's explicit request; returns a one-line summary for the user.</summary>
    public async Task<string> LookupNowAsync(IReadOnlyCollection<ArxivId> ids, CancellationToken cancellationToken)
    {
        var catalog = await _context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var active = Ensure(_context.Snapshot.Settings.Online, catalog);
        if (active is null) return "online lookup is shutting down";
        var lookup = await active.Queue.LookupNowAsync(ids, cancellationToken).ConfigureAwait(false);
        var parts = new List<string>();
        if (lookup.Papers.Count > 0) parts.Add("found " + string.Join(", ", lookup.Papers.Select(p => $"arXiv:{p.Key} ({p.Title})")));
        if (lookup.NotFound.Count > 0) parts.Add("arXiv does not know " + string.Join(", ", lookup.NotFound.Select(i => i.Id)));
        if (lookup.Failed.Count > 0) parts.Add("the lookup failed: " + string.Join("; ", lookup.Problems));
        return string.Join("; ", parts);
    }

    private void OnWorkspaceChanged(WorkspaceSnapshot snapshot, IReadOnlyCollection<string> uris)
    {
        if (!snapshot.Settings.Online.Enabled)
        {
            // Turning lookups off stops the queue; an explicit lookup made while off is left to finish.
            if (_enabled) Stop();
            _enabled = false;
            return;
        }
        _enabled = true;
        // After the same pause as diagnostics, not on every keystroke: a long note has thousands of references.
        foreach (var uri in uris)
            if (snapshot.OpenDocuments.TryGetValue(uri, out var document) && document.Semantics.ArxivReferences.Length > 0)
                _queueing.Schedule(uri, _context.Options.DiagnosticsDelay, async _ =>
                {
                    var catalog = await _context.Catalog.ConfigureAwait(false);
                    Ensure(snapshot.Settings.Online, catalog)?.Queue.Enqueue(document.Semantics.ArxivReferences.Select(r => r.Id));
                });
    }

    /// <summary>The client and queue for the configured endpoint, made on first need (and remade when the endpoint changes).</summary>
    private Active? Ensure(OnlineSettings settings, IPaperCatalog catalog)
    {
        lock (_gate)
        {
            if (_disposed) return null;
            if (_active is { } current && current.Endpoint == settings.ArxivApi && current.Contact == settings.Contact) return current;
            _active?.Dispose();
            var options = ArxivApiOptions.ForEndpoint(settings.ArxivApi, out var problem);
            if (problem is not null) _context.Log.Warning(problem);
            options = options.WithContact(settings.Contact, out problem);
            if (problem is not null) _context.Log.Warning(problem);
            options = _context.Options.ConfigureArxivApi(options);
            var client = new ArxivApiClient(options, log: Log);
            // Fetched papers are upserted into the catalog, whose Changed event refreshes diagnostics and inlay hints.
            var queue = new PaperFetchQueue(client, catalog, log: Log);
            _active = new Active(settings.ArxivApi, settings.Contact, client, queue);
            return _active;
        }
    }

    private void Stop()
    {
        lock (_gate)
        {
            if (_active is null) return;
            _active.Dispose();
            _active = null;
        }
    }

    private void Log(OnlineLogLevel level, string message)
    {
        switch (level)
        {
            case OnlineLogLevel.Warning: _context.Log.Warning(message); break;
            case OnlineLogLevel.Info: _context.Log.Info(message); break;
            default: _context.Log.Debug(message); break;
        }
    }

    public void Dispose()
    {
        _context.Workspace.Changed -= OnWorkspaceChanged;
        lock (_gate)
        {
            _disposed = true;
            _active?.Dispose();
            _active = null;
        }
    }
}
