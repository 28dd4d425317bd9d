using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record DocumentLinkParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentLink(Range Range, string? Target, string? Tooltip = null);

public sealed record Diagnostic
{
    public required Range Range { get; init; }
    public int Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string Source { get; init; } = "papers";
    public required string Message { get; init; }
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
    public JToken? Data { get; init; }
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

public sealed record HoverParams : TextDocumentPositionParams;

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

public sealed record InlayHint(Position Position, string Label, int? Kind = null, MarkupContent? Tooltip = null, bool? PaddingLeft = null);

public sealed record CompletionContextParams(int TriggerKind, string? TriggerCharacter);

public sealed record CompletionParams : TextDocumentPositionParams
{
    public CompletionContextParams? Context { get; init; }
}

public sealed record CompletionItem
{
    public required string Label { get; init; }
    public int? Kind { get; init; }
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public TextEdit? TextEdit { get; init; }
    public Command? Command { get; init; }
    public JToken? Data { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams : TextDocumentPositionParams
{
    public ReferenceContext? Context { get; init; }
}

public sealed record RenameParams : TextDocumentPositionParams
{
    public required string NewName { get; init; }
}

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
    public Command? Command { get; init; }
}

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record WorkspaceSymbol(string Name, int Kind, object Location, string? ContainerName = null);
