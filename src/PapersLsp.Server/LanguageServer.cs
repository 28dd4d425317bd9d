using PapersLsp.Server.Handlers;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Transport;
using StreamJsonRpc;

namespace PapersLsp.Server;

/// <summary>The PapersLsp language server over a pair of streams (stdin/stdout, or in-process pipes in tests).</summary>
public static class LanguageServer
{
    /// <summary>Serves one client until <c>exit</c> or the end of input; returns the process exit code (0 after a clean shutdown).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter stderr, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        var log = new ServerLog(stderr);
        if (Environment.GetEnvironmentVariable("PAPERS_LSP_LOG") is { } level && Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed))
            log.StderrLevel = log.ClientLevel = parsed;
        using var connection = new LspConnection(input, output, log);
        var context = new ServerContext(options, log, connection.Rpc, connection.SendFrameAsync);
        RegisterHandlers(connection.Rpc, context);
        var exitCode = await connection.RunAsync(cancellationToken).ConfigureAwait(false);
        context.Sources?.Dispose();
        if (context.Catalog.IsCompletedSuccessfully) (context.Catalog.Result as IDisposable)?.Dispose();
        return exitCode;
    }

    private static void RegisterHandlers(JsonRpc rpc, ServerContext context)
    {
        var handlers = new List<object>
        {
            new TextSyncHandler(context),
            new ConfigurationHandler(context),
            new DocumentLinkHandler(context),
            new HoverHandler(context),
            new InlayHintHandler(context),
            new CompletionHandler(context),
            new CommandHandler(context),
            new PapersRequestHandler(context),
            new CitationHandler(context),
            new CodeActionHandler(context),
            new ImportHandler(context),
            new WorkspaceSymbolHandler(context),
        };
        context.Diagnostics = new Services.DiagnosticsPublisher(context);
        _ = new Services.BibIndexWarmer(context);
        context.Indexer = new Services.WorkspaceIndexer(context);
        context.Online = new Services.OnlineLookupService(context);
        handlers.Add(context.Indexer);
        handlers.AddRange(context.Options.AdditionalHandlers.Select(create => create(context)));
        var declarers = handlers.OfType<IDeclaresCapabilities>().ToArray();
        handlers.Add(new LifecycleHandler(context, declarers, handlers.OfType<ConfigurationHandler>().Single()));
        var targetOptions = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false };
        foreach (var handler in handlers) rpc.AddLocalRpcTarget(handler, targetOptions);
    }
}
