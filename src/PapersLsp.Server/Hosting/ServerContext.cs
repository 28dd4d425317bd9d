using Newtonsoft.Json.Linq;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using StreamJsonRpc;

namespace PapersLsp.Server.Hosting;

/// <summary>How the host builds the server's collaborators (the CLI passes the SQLite catalog; tests an in-memory one).</summary>
public sealed record LanguageServerOptions
{
    /// <summary>Opens the catalog for the given settings. Called once after <c>initialize</c>, off the request path.</summary>
    public required Func<PapersSettings, ServerLog, IPaperCatalog> OpenCatalog { get; init; }

    /// <summary>Settings that command-line flags force (for example <c>--catalog</c>); they win over client settings.</summary>
    public Func<PapersSettings, PapersSettings> ApplyOverrides { get; init; } = s => s;

    public string Version { get; init; } = typeof(LanguageServerOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>More RPC targets (objects with <c>[JsonRpcMethod]</c> methods) for hosts that embed the server.</summary>
    public IReadOnlyList<Func<ServerContext, object>> AdditionalHandlers { get; init; } = [];

    /// <summary>Adjusts the arXiv API client options (tests point the request lock at a scratch folder).</summary>
    public Func<Online.ArxivApiOptions, Online.ArxivApiOptions> ConfigureArxivApi { get; init; } = o => o;

    /// <summary>How long to wait after the last change before recomputing diagnostics.</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}

/// <summary>Everything a handler needs: the session, the workspace, the catalog, the log and the connection.</summary>
public sealed class ServerContext(LanguageServerOptions options, ServerLog log, JsonRpc rpc, Func<ReadOnlyMemory<byte>, CancellationToken, Task> sendFrame)
{
    private readonly TaskCompletionSource<IPaperCatalog> _catalog = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LanguageServerOptions Options { get; } = options;
    public ServerLog Log { get; } = log;
    public JsonRpc Rpc { get; } = rpc;
    public ServerSession Session { get; } = new();
    public WorkspaceStore Workspace { get; } = new(log);

    public WorkspaceSnapshot Snapshot => Workspace.Current;

    /// <summary>Publishes diagnostics; set once at start-up.</summary>
    public Services.DiagnosticsPublisher? Diagnostics { get; set; }

    /// <summary>Re-imports changed catalog sources; set once the catalog is open and the workspace indexed.</summary>
    public Services.CatalogSourceWatcher? Sources { get; set; }

    /// <summary>Reads and watches workspace files; set once at start-up.</summary>
    public Services.WorkspaceIndexer? Indexer { get; set; }

    /// <summary>The catalog, once opened (requests that arrive earlier wait for it).</summary>
    public Task<IPaperCatalog> Catalog => _catalog.Task;

    /// <summary>Online lookup from arXiv; set once at start-up.</summary>
    public Services.OnlineLookupService? Online { get; set; }

    public void StartOpeningCatalog(PapersSettings settings) => _ = Task.Run(() =>
    {
        try
        {
            var catalog = OpenCatalogWhenFree(settings);
            // New papers change hovers, hints and diagnostics of open documents.
            catalog.Changed += (_, _) =>
            {
                Diagnostics?.RefreshAll();
                _ = Handlers.InlayHintHandler.RefreshAsync(this);
            };
            _catalog.TrySetResult(catalog);
        }
        catch (Exception ex)
        {
            Log.Error($"the paper catalog could not be opened: {ex.Message}. Hovers and completions work without it; fix the catalog and restart the server.");
            _catalog.TrySetResult(new EmptyCatalog());
        }
    });

    /// <summary>
    /// Opens the catalog, waiting as long as another program has it to itself: a command-line import of millions of
    /// papers can hold it longer than one busy timeout, and giving up would leave this server without it until restarted.
    /// </summary>
    private IPaperCatalog OpenCatalogWhenFree(PapersSettings settings)
    {
        while (true)
        {
            try
            {
                return Options.OpenCatalog(settings, Log);
            }
            catch (CatalogUnavailableException ex) when (ex.Busy && !Rpc.IsDisposed)
            {
                Log.Info($"{ex.Message} Waiting for it; hovers and completions use the catalog once it is free.");
                Thread.Sleep(TimeSpan.FromSeconds(1));   // SQLite waited already; this only keeps a fast failure from spinning
            }
        }
    }

    /// <summary>Sends a notification with LSP's by-name parameters (never a positional array).</summary>
    public Task NotifyAsync(string method, object parameters) =>
        Rpc.IsDisposed ? Task.CompletedTask : Rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Sends a message already serialized (a notification the server built itself), in turn with the others.</summary>
    public Task SendFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        Rpc.IsDisposed ? Task.CompletedTask : sendFrame(body, cancellationToken);

    /// <summary>A client request; null when the client does not answer or the connection is gone.</summary>
    public async Task<JToken?> RequestAsync(string method, object parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await Rpc.InvokeWithParameterObjectAsync<JToken?>(method, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            Log.Debug($"client request {method} failed: {ex.Message}");
            return null;
        }
    }
}
