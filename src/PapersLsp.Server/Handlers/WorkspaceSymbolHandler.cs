using Newtonsoft.Json.Linq;
using PapersLsp.Features.Symbols;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>workspace/symbol</c>: bib entries open at their key; catalog papers open their abstract page.</summary>
public sealed class WorkspaceSymbolHandler(ServerContext context) : IDeclaresCapabilities
{
    private const int SymbolKindStruct = 23;
    private const int SymbolKindFile = 1;

    public void DeclareCapabilities(JObject capabilities, ServerSession session) => capabilities["workspaceSymbolProvider"] = true;

    [JsonRpcMethod("workspace/symbol")]
    public async Task<IReadOnlyList<WorkspaceSymbol>> Symbols(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var symbols = await Task.Run(() => WorkspaceSymbols.Search(snapshot, request.Query ?? "", catalog, cancellationToken), cancellationToken).ConfigureAwait(false);
        var encoding = context.Session.Encoding;
        return symbols.Select(s =>
        {
            // A catalog paper has no place in the workspace: its location is the abstract URL (WorkspaceSymbol allows a URI-only location).
            object location = s.Span is { } span && snapshot.Find(s.Uri) is { } doc
                ? new Location(s.Uri, doc.ToProtocol(span, encoding))
                : new JObject { ["uri"] = s.Uri };
            return new WorkspaceSymbol(s.Name, s.IsBibEntry ? SymbolKindStruct : SymbolKindFile, location, s.Detail);
        }).ToArray();
    }
}
