using PapersLsp.Catalog.Import.Atom;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Online;

/// <summary>
/// The outcome of one API query after retries: a parsed feed, the API's own error entry (a refused query, not a
/// paper), or a failure that outlasted the retries. Never an exception.
/// </summary>
public sealed record ArxivApiResult(ArxivAtomFeed? Feed, ArxivFeedError? ApiError, string? Failure, int Attempts)
{
    public bool Succeeded => Feed is not null && ApiError is null && Failure is null;

    /// <summary>What went wrong, for the log; null on success.</summary>
    public string? Problem => ApiError is { } e ? "arXiv refused the query: " + e.Message : Failure;
}

/// <summary>What an <c>id_list</c> lookup found: papers, ids arXiv does not have, and ids whose requests failed.</summary>
public sealed record ArxivIdLookup(IReadOnlyList<PaperRecord> Papers, IReadOnlyList<ArxivId> NotFound, IReadOnlyList<ArxivId> Failed, IReadOnlyList<string> Problems);

/// <summary>One page of a <c>search_query</c>: its papers and the total the API reported.</summary>
public sealed record ArxivSearchPage(IReadOnlyList<PaperRecord> Papers, int Start, int? TotalResults, string? Problem);
