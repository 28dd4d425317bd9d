using PapersLsp.Core.Text;

namespace PapersLsp.Features.Diagnostics;

public enum DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 }

/// <summary>A place elsewhere that explains a diagnostic (the first definition of a duplicate key).</summary>
public sealed record RelatedLocation(string Uri, TextSpan Span, string Message);

/// <summary>A problem found in a document, as a value; messages are plain text, rendered at the boundary.</summary>
/// <param name="Code">A stable code such as <c>unknown-arxiv-id</c>, also the anchor of its documentation in docs/diagnostics.md.</param>
/// <param name="Data">What a quick fix needs (an id or a key), carried back by the client.</param>
public sealed record PaperDiagnostic(TextSpan Span, DiagnosticSeverity Severity, string Code, string Message)
{
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];
    public string? Data { get; init; }
}

/// <summary>The diagnostic codes, one per kind of problem.</summary>
public static class DiagnosticCodes
{
    public const string MalformedArxivId = "malformed-arxiv-id";
    public const string UnknownArxivId = "unknown-arxiv-id";
    public const string OutdatedVersion = "outdated-version";
    public const string UndefinedKey = "undefined-key";
    public const string DuplicateKey = "duplicate-key";
    public const string BibSyntax = "bib-syntax";
    public const string UnknownEntryArxivId = "unknown-entry-arxiv-id";
    public const string UnusedEntry = "unused-entry";
}
