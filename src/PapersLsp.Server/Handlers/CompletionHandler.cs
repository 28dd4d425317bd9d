using Newtonsoft.Json.Linq;
using PapersLsp.Features.Completion;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary><c>textDocument/completion</c> and <c>completionItem/resolve</c> (which adds the abstract lazily).</summary>
public sealed class CompletionHandler(ServerContext context) : IDeclaresCapabilities
{
    private const int CompletionItemKindReference = 18;
    private const int CompletionItemKindText = 1;

    public void DeclareCapabilities(JObject capabilities, ServerSession session) => capabilities["completionProvider"] = new JObject
    {
        ["triggerCharacters"] = new JArray(":", "{", ",", "@", "/"),
        ["resolveProvider"] = true,
    };

    [JsonRpcMethod("textDocument/completion")]
    public async Task<CompletionList> Complete(CompletionParams request, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        var document = snapshot.Find(request.TextDocument.Uri);
        if (document is null) return new CompletionList(false, []);
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var encoding = context.Session.Encoding;
        var offset = document.ToOffset(request.Position, encoding);
        var explicitly = request.Context is null || request.Context.TriggerKind == 1;
        var result = await Task.Run(() => PaperCompletion.Complete(snapshot, document, offset, explicitly, catalog, cancellationToken), cancellationToken).ConfigureAwait(false);
        var items = result.Items.Select(c => new CompletionItem
        {
            Label = c.Label,
            Kind = c.Kind == CandidateKind.Paper ? CompletionItemKindReference : CompletionItemKindText,
            Detail = c.Detail,
            SortText = c.SortText,
            FilterText = c.FilterText,
            TextEdit = new TextEdit(document.ToProtocol(c.Replace, encoding), c.InsertText),
            Documentation = c.Documentation is null ? null : MarkupContent.Markdown(c.Documentation),
            Data = c.PaperKey is null ? null : new JObject { ["paperKey"] = c.PaperKey },
            Command = c.AddBibtex is { } add
                ? new Command($"Add BibTeX for {c.InsertText}", CommandHandler.AddBibtex, new JArray(new JObject { ["bibUri"] = add.BibUri, ["paperKey"] = add.PaperKey, ["key"] = add.CitationKey }))
                : null,
        }).ToArray();
        return new CompletionList(result.IsIncomplete, items);
    }

    [JsonRpcMethod("completionItem/resolve")]
    public async Task<CompletionItem> Resolve(CompletionItem item, CancellationToken cancellationToken)
    {
        if (item.Documentation is not null || item.Data?["paperKey"] is not JValue { Type: JTokenType.String } key) return item;
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var documentation = PaperCompletion.Documentation(catalog, (string)key!);
        return documentation is null ? item : item with { Documentation = MarkupContent.Markdown(documentation) };
    }
}
