using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;
using PapersLsp.Features.Bibtex;
using PapersLsp.Features.Catalog;
using PapersLsp.Server.Hosting;
using StreamJsonRpc;

namespace PapersLsp.Server.Handlers;

/// <summary>PapersLsp's own requests (documented in docs/protocol.md): catalog search, one paper, BibTeX, statistics.</summary>
public sealed class PapersRequestHandler(ServerContext context)
{
    public sealed record SearchParams(string Query, int? Limit);
    public sealed record SearchResult(IReadOnlyList<PaperSummary> Papers);
    public sealed record PaperParams(string Id);
    public sealed record BibtexParams(string? Id, string? Key, string? Style, string? KeyFormat, string? TargetUri);
    public sealed record BibtexResult(string Key, string Text);
    public sealed record StatsResult(long Papers, long WithArxivId, long WithAbstract, string? Location, IReadOnlyDictionary<string, long> BySource);

    [JsonRpcMethod("papers/search")]
    public async Task<SearchResult> Search(SearchParams request, CancellationToken cancellationToken)
    {
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var limit = Math.Clamp(request.Limit ?? 50, 1, 200);
        var matches = await Task.Run(() => catalog.Search(request.Query ?? "", limit, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new SearchResult(matches.Select(m => PaperSummary.From(m.Paper, withAbstract: false)).ToArray());
    }

    [JsonRpcMethod("papers/paper")]
    public async Task<PaperSummary?> Paper(PaperParams request, CancellationToken cancellationToken)
    {
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        return catalog.Find(request.Id) is { } paper ? PaperSummary.From(paper, withAbstract: true) : null;
    }

    [JsonRpcMethod("papers/bibtex")]
    public async Task<BibtexResult> Bibtex(BibtexParams request, CancellationToken cancellationToken)
    {
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var paper = catalog.Find(request.Id ?? request.Key ?? "")
            ?? throw new LocalRpcException($"no paper '{request.Id ?? request.Key}' in the catalog") { ErrorCode = -32602 };
        var settings = context.Snapshot.Settings.Bibtex;
        var style = ParseEnum(request.Style, settings.Style);
        var format = ParseEnum(request.KeyFormat, settings.KeyFormat);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (request.TargetUri is { } target && context.Snapshot.Find(target) is { } bib)
            foreach (var entry in bib.Semantics.Bib.Entries) existing.Add(entry.Key);
        var key = CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(paper, format), existing);
        return new BibtexResult(key, BibtexWriter.Write(paper, style, key));
    }

    [JsonRpcMethod("papers/catalogStats")]
    public async Task<StatsResult> Stats(CancellationToken cancellationToken)
    {
        var catalog = await context.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
        var stats = catalog.GetStats();
        return new StatsResult(stats.Papers, stats.WithArxivId, stats.WithAbstract, stats.Location, stats.BySource);
    }

    private static TEnum ParseEnum<TEnum>(string? text, TEnum fallback) where TEnum : struct, Enum =>
        text is not null && Enum.TryParse<TEnum>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value) ? value : fallback;
}
