using Newtonsoft.Json.Linq;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary>
/// Document synchronisation (incremental). These notifications change state, so they run to completion
/// without awaiting: the synchronisation context then applies them strictly in arrival order.
/// </summary>
public sealed class TextSyncHandler(ServerContext context) : IDeclaresCapabilities
{
    public void DeclareCapabilities(JObject capabilities, ServerSession session) =>
        capabilities["textDocumentSync"] = new JObject
        {
            ["openClose"] = true,
            ["change"] = 2, // incremental
            ["save"] = new JObject { ["includeText"] = false },
        };

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        var item = request.TextDocument;
        var language = DocumentLanguages.FromLanguageId(item.LanguageId, item.Uri);
        context.Workspace.Update($"didOpen {item.Uri}", s => s with
        {
            OpenDocuments = s.OpenDocuments.SetItem(item.Uri, TextDocument.Create(item.Uri, item.Version, item.Text ?? "", language, s.AnalysisOptions)),
        }, [item.Uri]);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        var uri = request.TextDocument.Uri;
        context.Workspace.Update($"didChange {uri}", s =>
        {
            if (!s.OpenDocuments.TryGetValue(uri, out var document))
            {
                context.Log.Warning($"didChange for {uri}, which is not open; ignored");
                return s;
            }
            if (request.TextDocument.Version < document.Version)
            {
                context.Log.Warning($"didChange for {uri} with version {request.TextDocument.Version} older than {document.Version}; ignored");
                return s;
            }
            var text = document.Text;
            foreach (var change in request.ContentChanges ?? [])
            {
                // Each change's range refers to the text the previous change produced.
                LineRange? range = null;
                if (change.Range is { } r)
                {
                    var lines = new LineIndex(text);
                    range = new LineRange(lines.ToLinePosition(r.Start, context.Session.Encoding), lines.ToLinePosition(r.End, context.Session.Encoding));
                }
                text = TextChange.ApplyAll(text, [new TextChange(range, change.Text ?? "")]);
            }
            return s with { OpenDocuments = s.OpenDocuments.SetItem(uri, document.WithText(request.TextDocument.Version, text, s.AnalysisOptions)) };
        }, [uri]);
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        var uri = request.TextDocument.Uri;
        context.Workspace.Update($"didClose {uri}", s => s with { OpenDocuments = s.OpenDocuments.Remove(uri) }, [uri]);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams request) => context.Log.Debug($"saved {request.TextDocument.Uri}");
}
