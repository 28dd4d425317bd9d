using Newtonsoft.Json.Linq;
using PapersLsp.Features.Links;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>textDocument/documentLink</c>: every arXiv reference links to its abstract page.</summary>
public sealed class DocumentLinkHandler(ServerContext context) : IDeclaresCapabilities
{
    public void DeclareCapabilities(JObject capabilities, ServerSession session) =>
        capabilities["documentLinkProvider"] = new JObject { ["resolveProvider"] = false };

    [JsonRpcMethod("textDocument/documentLink")]
    public IReadOnlyList<DocumentLink> DocumentLinks(DocumentLinkParams request)
    {
        var document = context.Snapshot.Find(request.TextDocument.Uri);
        if (document is null) return [];
        var encoding = context.Session.Encoding;
        return ArxivLinks.For(document)
            .Select(link => new DocumentLink(document.ToProtocol(link.Span, encoding), link.Target, link.Tooltip))
            .ToArray();
    }
}
