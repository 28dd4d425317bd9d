using PapersLsp.Core.Text;

namespace PapersLsp.Features.Completion;

public enum CandidateKind { Paper, BibEntry }

/// <summary>A follow-up the client runs after accepting an item: add the paper's BibTeX to a .bib file.</summary>
public sealed record AddBibtexAction(string BibUri, string PaperKey, string CitationKey);

/// <summary>One completion item, protocol-free.</summary>
/// <param name="PaperKey">The catalog key whose abstract <c>completionItem/resolve</c> fills in lazily.</param>
public sealed record CompletionCandidate(string Label, CandidateKind Kind, string InsertText, TextSpan Replace)
{
    public string? Detail { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public string? PaperKey { get; init; }
    public string? Documentation { get; init; }
    public AddBibtexAction? AddBibtex { get; init; }
}

/// <summary>The items and whether the client should ask again as the user types (it should whenever the catalog was searched).</summary>
public sealed record CompletionResult(IReadOnlyList<CompletionCandidate> Items, bool IsIncomplete)
{
    public static readonly CompletionResult Empty = new([], false);
}
