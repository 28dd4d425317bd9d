using Newtonsoft.Json.Linq;
using PapersLsp.Features.Citations;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>textDocument/codeAction</c>: add or copy BibTeX, replace ids by citations, fix undefined keys.</summary>
public sealed class CodeActionHandler(ServerContext context) : IDeclaresCapabilities
{
    public void DeclareCapabilities(JObject capabilities, ServerSession session) =>
        capabilities["codeActionProvider"] = new JObject { ["codeActionKinds"] = new JArray("quickfix", "refactor.rewrite", "source") };

    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<IReadOnlyList<CodeAction>> CodeActions(CodeActionParams request, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        var document = snapshot.Find(request.TextDocument.Uri);
        if (document is null) return [];
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var encoding = context.Session.Encoding;
        var range = document.ToSpan(request.Range, encoding);
        var actions = CitationActions.For(snapshot, document, range, catalog);
        return actions.Select(a => new CodeAction
        {
            Title = a.Title,
            Kind = a.IsQuickFix ? "quickfix" : a.ClientCommand is null ? "refactor.rewrite" : "source",
            IsPreferred = a.IsPreferred ? true : null,
            Diagnostics = a.IsQuickFix ? request.Context?.Diagnostics?.Where(d => d.Code == Features.Diagnostics.DiagnosticCodes.UndefinedKey).ToArray() : null,
            Edit = a.Edits.Count == 0 ? null : new WorkspaceEdit(a.Edits.GroupBy(e => e.Uri).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TextEdit>)g.Select(e => new TextEdit(snapshot.Find(e.Uri)!.ToProtocol(e.Span, encoding), e.NewText)).ToArray())),
            Command = a.ClientCommand is null ? null : new Command(a.Title, a.ClientCommand, new JArray(a.CommandArguments.ToArray<object>())),
        }).Concat(ArxivLookupActions.For(document, range, catalog, request.Context?.Diagnostics)).ToArray();
    }
}
