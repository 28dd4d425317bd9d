using Newtonsoft.Json.Linq;
using PapersLsp.Server.Configuration;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>initialize</c>, <c>initialized</c> and <c>shutdown</c>; the transport's gate enforces the order and handles <c>exit</c>.</summary>
public sealed class LifecycleHandler(ServerContext context, IReadOnlyList<IDeclaresCapabilities> declarers, ConfigurationHandler configuration)
{
    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        context.Session.Initialize(request.Capabilities, request.ClientInfo?.Name);
        var folders = request.WorkspaceFolders?.Select(f => f.Uri).ToArray()
            ?? (request.RootUri is { } root ? [root] : []);
        var (settings, problems) = SettingsReader.Read(request.InitializationOptions);
        foreach (var problem in problems) context.Log.Warning(problem);
        settings = context.Options.ApplyOverrides(settings);
        context.Workspace.Update("initialize", s => s with { Folders = [.. folders], Settings = settings });
        context.StartOpeningCatalog(settings);

        var capabilities = new JObject { ["positionEncoding"] = context.Session.Encoding == Core.Text.PositionEncoding.Utf8 ? "utf-8" : "utf-16" };
        foreach (var declarer in declarers) declarer.DeclareCapabilities(capabilities, context.Session);
        context.Log.Info($"PapersLsp {context.Options.Version} initialized for {context.Session.ClientName}, positions in {context.Session.Encoding}");
        return new InitializeResult(capabilities, new ServerInfo("papers-lsp", context.Options.Version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JToken? parameters)
    {
        context.Log.Attach(context.Rpc);
        context.Indexer?.Start();
        if (context.Session.SupportsConfigurationPull) _ = PullConfigurationAsync();
    }

    /// <summary>Clients that answer <c>workspace/configuration</c> may not push settings at all: ask once at start.</summary>
    private async Task PullConfigurationAsync()
    {
        var pulled = await context.RequestAsync("workspace/configuration",
            new ConfigurationParams([new ConfigurationItem(null, "papersLsp")]), CancellationToken.None).ConfigureAwait(false);
        if ((pulled as JArray)?.FirstOrDefault() is JObject settings && settings.HasValues) configuration.Apply(settings);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        context.Log.Info("shutdown requested");
        return null;
    }
}
