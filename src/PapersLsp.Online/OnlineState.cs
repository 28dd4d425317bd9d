namespace PapersLsp.Online;

/// <summary>
/// The per-user folder that holds online-lookup state shared by every papers-lsp process: the request lock
/// (<c>arxiv-api.lock</c>) and the not-found list (<c>arxiv-not-found.tsv</c>). It is the default catalog's folder,
/// chosen whatever catalog a process opened, because arXiv's limit is per machine, not per catalog.
/// </summary>
public static class OnlineState
{
    public const string LockFileName = "arxiv-api.lock";

    public const string NotFoundFileName = "arxiv-not-found.tsv";
}
