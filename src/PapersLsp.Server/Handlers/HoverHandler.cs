using Newtonsoft.Json.Linq;
using PapersLsp.Features.Hover;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>textDocument/hover</c> on arXiv references (and, through the citation features, on keys).</summary>
public sealed class HoverHandler(ServerContext context) : IDeclaresCapabilities
{
    public void DeclareCapabilities(JObject capabilities, ServerSession session) => capabilities["hoverProvider"] = true;

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> Hover(HoverParams request, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot; // captured on arrival, before any await
        var document = snapshot.Find(request.TextDocument.Uri);
        if (document is null) return null;
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var offset = document.ToOffset(request.Position, context.Session.Encoding);
        var hover = ArxivHover.Create(document, offset, catalog, context.Online is { } online ? online.IsBeingFetched : null) ?? Features.Citations.CitationHover.Create(snapshot, document, offset, catalog);
        return hover is null ? null : new Hover(MarkupContent.Markdown(hover.Markdown), document.ToProtocol(hover.Span, context.Session.Encoding));
    }
}
