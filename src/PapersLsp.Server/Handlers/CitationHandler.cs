using Newtonsoft.Json.Linq;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Citations;
using PapersLsp.Server.Conversion;
using PapersLsp.Server.Hosting;
using PapersLsp.Server.Protocol;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary>Citation keys across .tex/.md/.bib: definition, references, rename, and the outline and folding of .bib files.</summary>
public sealed class CitationHandler(ServerContext context) : IDeclaresCapabilities
{
    private const int SymbolKindStruct = 23;

    public void DeclareCapabilities(JObject capabilities, ServerSession session)
    {
        capabilities["definitionProvider"] = true;
        capabilities["referencesProvider"] = true;
        capabilities["renameProvider"] = new JObject { ["prepareProvider"] = true };
        capabilities["documentSymbolProvider"] = true;
        capabilities["foldingRangeProvider"] = true;
    }

    [JsonRpcMethod("textDocument/definition")]
    public IReadOnlyList<Location> Definition(TextDocumentPositionParams request)
    {
        var (snapshot, document, target) = Locate(request);
        if (target is null) return [];
        if (target.IsDefinition) return [Location(target.Document, target.Span)];
        return CitationTarget.Definitions(snapshot, document!, target.Key).Select(d => Location(d.Document, d.Entry.KeySpan)).ToArray();
    }

    [JsonRpcMethod("textDocument/references")]
    public IReadOnlyList<Location> References(ReferenceParams request)
    {
        var (snapshot, _, target) = Locate(request);
        if (target is null) return [];
        return CitationTarget.Occurrences(snapshot, target.Key, request.Context?.IncludeDeclaration ?? true)
            .Select(o => Location(o.Document, o.Span)).ToArray();
    }

    [JsonRpcMethod("textDocument/prepareRename")]
    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams request)
    {
        var (_, document, target) = Locate(request);
        return target is null ? null : new PrepareRenameResult(document!.ToProtocol(target.Span, context.Session.Encoding), target.Key);
    }

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit? Rename(RenameParams request)
    {
        var (snapshot, _, target) = Locate(request);
        if (target is null) return null;
        var newName = request.NewName.Trim();
        if (newName.Length == 0 || newName.Any(c => char.IsWhiteSpace(c) || c is ',' or '{' or '}' or '%' or '#' or '"'))
            throw new LocalRpcException($"'{request.NewName}' cannot be a BibTeX key (no spaces, commas, braces, quotes, % or #)") { ErrorCode = -32602 };
        var changes = CitationTarget.Occurrences(snapshot, target.Key, includeDefinitions: true)
            .GroupBy(o => o.Document.Uri)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TextEdit>)g.Select(o => new TextEdit(o.Document.ToProtocol(o.Span, context.Session.Encoding), newName)).ToArray());
        return new WorkspaceEdit(changes);
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public IReadOnlyList<DocumentSymbol> DocumentSymbols(DocumentSymbolParams request)
    {
        var document = context.Snapshot.Find(request.TextDocument.Uri);
        if (document is null || document.Language != DocumentLanguage.Bibtex) return [];
        var encoding = context.Session.Encoding;
        return BibSymbols.For(document)
            .Select(s => new DocumentSymbol(s.Name, string.IsNullOrEmpty(s.Detail) ? $"@{s.Type}" : s.Detail, SymbolKindStruct,
                document.ToProtocol(s.Span, encoding), document.ToProtocol(s.SelectionSpan, encoding)))
            .ToArray();
    }

    [JsonRpcMethod("textDocument/foldingRange")]
    public IReadOnlyList<FoldingRange> FoldingRanges(FoldingRangeParams request)
    {
        var document = context.Snapshot.Find(request.TextDocument.Uri);
        if (document is null || document.Language != DocumentLanguage.Bibtex) return [];
        return BibSymbols.Folds(document).Select(f => new FoldingRange(f.StartLine, f.EndLine, "region")).ToArray();
    }

    private (WorkspaceSnapshot Snapshot, TextDocument? Document, KeyOccurrence? Target) Locate(TextDocumentPositionParams request)
    {
        var snapshot = context.Snapshot;
        var document = snapshot.Find(request.TextDocument.Uri);
        if (document is null) return (snapshot, null, null);
        return (snapshot, document, CitationTarget.At(document, document.ToOffset(request.Position, context.Session.Encoding)));
    }

    private Location Location(TextDocument document, Core.Text.TextSpan span) => new(document.Uri, document.ToProtocol(span, context.Session.Encoding));
}
