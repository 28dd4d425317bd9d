using Newtonsoft.Json.Linq;
using PapersLsp.Features.InlayHints;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>textDocument/inlayHint</c>: paper titles after bare ids.</summary>
public sealed class InlayHintHandler(ServerContext context) : IDeclaresCapabilities
{
    public void DeclareCapabilities(JObject capabilities, ServerSession session) => capabilities["inlayHintProvider"] = new JObject { ["resolveProvider"] = false };

    [JsonRpcMethod("textDocument/inlayHint")]
    public async Task<IReadOnlyList<InlayHint>> InlayHints(InlayHintParams request, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        var document = snapshot.Find(request.TextDocument.Uri);
        if (document is null || !snapshot.Settings.InlayHints.Enabled) return [];
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var encoding = context.Session.Encoding;
        var range = document.ToSpan(request.Range, encoding);
        return TitleHints.Create(document, range, catalog, snapshot.Settings.InlayHints.MaxLength)
            .Select(h => new InlayHint(document.Lines.ToProtocol(h.Offset, encoding), h.Label, Kind: null,
                h.Tooltip is null ? null : MarkupContent.Markdown(h.Tooltip), PaddingLeft: true))
            .ToArray();
    }

    /// <summary>Asks the client to re-request hints (after the catalog changed), when it supports that.</summary>
    public static Task RefreshAsync(ServerContext context) =>
        context.Session.Supports("workspace.inlayHint.refreshSupport")
            ? context.RequestAsync("workspace/inlayHint/refresh", new JObject(), CancellationToken.None)
            : Task.CompletedTask;
}
