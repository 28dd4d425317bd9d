using BenchmarkDotNet.Attributes;
using PapersLsp.Catalog.Sqlite;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Completion;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>Catalog search (FTS5 candidates + the shared ranker) for 1–4-word queries, top 50.</summary>
public class CatalogSearchBenchmarks
{
    private SqlitePaperCatalog? _catalog;

    [Params("transformer", "neural network", "dark matter halo", "graph neural network jet", "2410.156")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _catalog = BenchmarkCatalog.Open();

    [GlobalCleanup]
    public void Cleanup() => _catalog?.Dispose();

    [Benchmark]
    public int Search() => _catalog!.Search(Query, 50).Count;
}

/// <summary>
/// Completion ranking: the shared ranker over 400 candidates (the most FTS hands it), and the whole completion
/// feature after <c>arXiv:</c> (context parse, search, ranking, items).
/// </summary>
public class CompletionRankingBenchmarks
{
    private SqlitePaperCatalog? _catalog;
    private PaperSearchFields[] _candidates = [];
    private PaperQuery _parsed = PaperQuery.Parse("x");
    private TextDocument? _document;

    [Params("neural", "neural network", "deep neural network model")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchmarkCatalog.Open();
        _candidates = [.. _catalog.Search(Query.Split(' ')[0], 400).Select(m => PaperSearchFields.From(m.Paper))];
        _parsed = PaperQuery.Parse(Query);
        _document = TextDocument.Create("file:///bench/typing.md", 1, "# Notes\n\nSee arXiv:" + Query, DocumentLanguage.Markdown);
    }

    [GlobalCleanup]
    public void Cleanup() => _catalog?.Dispose();

    [Benchmark]
    public int RankCandidates() => SearchRanker.Rank(_parsed, _candidates, 50).Count;

    [Benchmark]
    public int CompleteAfterArxivPrefix() =>
        PaperCompletion.Complete(WorkspaceSnapshot.Empty, _document!, _document!.Text.Length, explicitlyInvoked: false, _catalog!).Items.Count;
}
