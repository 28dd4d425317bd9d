using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record ClientInfo(string Name, string? Version);

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public ClientInfo? ClientInfo { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public JToken? InitializationOptions { get; init; }
    public JObject? Capabilities { get; init; }
    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }
    public string? Trace { get; init; }
}

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(JObject Capabilities, ServerInfo ServerInfo);

public sealed record DidChangeConfigurationParams(JToken? Settings);

public sealed record ConfigurationItem(string? ScopeUri, string Section);

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);
