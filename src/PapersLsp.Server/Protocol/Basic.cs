using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Protocol;

// LSP 3.17 structures, only those the server uses. Property names are camel-cased by the serializer.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public record TextDocumentPositionParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }
    public required Position Position { get; init; }

    /// <summary>Set when the client offers work-done progress for this request.</summary>
    public JToken? WorkDoneToken { get; init; }
}

public sealed record TextEdit(Range Range, string NewText);

public sealed record Command(string Title, [property: JsonProperty("command")] string CommandName, JArray? Arguments = null);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record LogMessageParams(int Type, string Message);

public sealed record ProgressParams(JToken Token, JObject Value);
