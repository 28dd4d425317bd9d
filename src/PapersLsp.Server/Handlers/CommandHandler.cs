using PapersLsp.Core.Catalog;
using Newtonsoft.Json.Linq;
using PapersLsp.Features.Bibtex;
using PapersLsp.Features.Citations;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary>
/// <c>workspace/executeCommand</c>. Commands never write files: they compute a WorkspaceEdit and ask the client
/// to apply it (<c>workspace/applyEdit</c>), so the user's editor stays the only writer.
/// </summary>
public sealed class CommandHandler(ServerContext context) : IDeclaresCapabilities
{
    public const string AddBibtex = "papers.addBibtex";

    public sealed record ExecuteCommandParams(string Command, JArray? Arguments);

    public void DeclareCapabilities(JObject capabilities, ServerSession session) =>
        capabilities["executeCommandProvider"] = new JObject { ["commands"] = new JArray(AddBibtex, Services.OnlineLookupService.LookupCommand) };

    [JsonRpcMethod("workspace/executeCommand")]
    public async Task<JToken?> Execute(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        switch (request.Command)
        {
            case AddBibtex:
                var args = request.Arguments?.FirstOrDefault() as JObject
                    ?? throw new LocalRpcException("papers.addBibtex needs {bibUri, paperKey, key}") { ErrorCode = -32602 };
                return await AddBibtexAsync((string?)args["bibUri"], (string?)args["paperKey"], (string?)args["key"], cancellationToken).ConfigureAwait(false);
            case Services.OnlineLookupService.LookupCommand:
                return await LookupArxivAsync(request.Arguments, cancellationToken).ConfigureAwait(false);
            default:
                throw new LocalRpcException($"unknown command {request.Command}") { ErrorCode = -32602 };
        }
    }

    /// <summary>"Look up on arXiv": fetches the ids now and tells the user what came back.</summary>
    private async Task<JToken?> LookupArxivAsync(JArray? arguments, CancellationToken cancellationToken)
    {
        var ids = (arguments ?? []).Select(a => a.Type == JTokenType.String && Core.Arxiv.ArxivId.TryParseTyped((string?)a, out var id) ? id : null)
            .OfType<Core.Arxiv.ArxivId>().ToArray();
        if (ids.Length == 0 || context.Online is null) throw new LocalRpcException("papers.lookupArxiv needs arXiv ids") { ErrorCode = -32602 };
        var summary = await context.Online.LookupNowAsync(ids, cancellationToken).ConfigureAwait(false);
        await context.NotifyAsync("window/showMessage", new { type = 3, message = summary }).ConfigureAwait(false);
        return new JValue(summary);
    }

    private async Task<JToken?> AddBibtexAsync(string? bibUri, string? paperKey, string? key, CancellationToken cancellationToken)
    {
        if (bibUri is null || paperKey is null) throw new LocalRpcException("papers.addBibtex needs bibUri and paperKey") { ErrorCode = -32602 };
        var snapshot = context.Snapshot;
        var bib = snapshot.Find(bibUri) ?? throw new LocalRpcException($"{bibUri} is not a known .bib file") { ErrorCode = -32602 };
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var paper = catalog.Find(paperKey) ?? throw new LocalRpcException($"no paper '{paperKey}' in the catalog") { ErrorCode = -32602 };
        var existing = bib.Semantics.Bib.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        if (key is not null && existing.Contains(key)) return new JValue($"{key} is already in {bibUri}");
        key ??= CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(paper, snapshot.Settings.Bibtex.KeyFormat), existing);
        var insertion = BibtexInsertion.Append(bib, BibtexWriter.Write(paper, snapshot.Settings.Bibtex.Style, key));
        var position = bib.Lines.ToProtocol(insertion.At, context.Session.Encoding);
        var edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>
        {
            [bib.Uri] = [new TextEdit(new Protocol.Range(position, position), insertion.Text)],
        });
        return await context.RequestAsync("workspace/applyEdit", new { label = $"Add BibTeX for {key}", edit }, cancellationToken).ConfigureAwait(false);
    }
}
