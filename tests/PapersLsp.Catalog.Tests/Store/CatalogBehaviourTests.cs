using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>Search, merge and source behaviour every <see cref="IPaperCatalog"/> must share; run against each implementation.</summary>
public abstract class CatalogBehaviourTests : IDisposable
{
    private readonly IPaperCatalog _catalog;

    protected CatalogBehaviourTests()
    {
        _catalog = Create();
        _catalog.Upsert(Papers.All);
    }

    protected abstract IPaperCatalog Create();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) (_catalog as IDisposable)?.Dispose();
    }

    private string[] Keys(string query, int limit = 10) => _catalog.Search(query, limit).Select(m => m.Paper.Key).ToArray();

    private string First(string query) => Assert.IsType<string>(Keys(query).FirstOrDefault());

    [Theory]
    [InlineData("attention is all you need", "1706.03762")]
    [InlineData("atten all ne", "1706.03762")]            // partial words
    [InlineData("need attention", "1706.03762")]          // out of order
    [InlineData("residual deep", "1512.03385")]
    [InlineData("bidirectional transfo", "1810.04805")]
    [InlineData("few shot learn", "2005.14165")]
    [InlineData("superconformal", "hep-th/9711200")]
    [InlineData("holography witten", "hep-th/9802150")]
    [InlineData("sparse mixtures routing", "title:")]     // a paper with no id is found by its title
    public void Finds_papers_by_partial_out_of_order_words(string query, string expectedKey) =>
        Assert.StartsWith(expectedKey, First(query));

    [Theory]
    [InlineData("attentoin need", "1706.03762")]      // swapped letters
    [InlineData("residul learning", "1512.03385")]    // dropped letter
    [InlineData("bidirectionnal", "1810.04805")]      // doubled letter, late in the word
    [InlineData("lanugage models", "2005.14165")]     // early swap, other word narrows
    [InlineData("superconfromal", "hep-th/9711200")]
    public void Tolerates_one_typo_per_word(string query, string expectedKey) => Assert.Equal(expectedKey, First(query));

    [Theory]
    [InlineData("atention zzzzzz")]
    [InlineData("atxentoin")]   // two typos
    [InlineData("qwertyuiop")]
    public void Does_not_match_unrelated_text(string query) => Assert.Empty(Keys(query));

    [Fact]
    public void Author_family_name_outranks_the_same_word_in_a_title()
    {
        var keys = Keys("vaswani");
        Assert.Equal(["1706.03762", "2410.15661"], keys);
    }

    [Fact]
    public void Author_and_title_words_combine() => Assert.Equal("1810.04805", First("devlin transformers"));

    [Fact]
    public void Author_names_match_without_diacritics() => Assert.Equal("2410.15012", First("muller perez scaling"));

    [Theory]
    [InlineData("2410.15", new[] { "2410.15661", "2410.15012" })]
    [InlineData("arXiv:2410.15661", new[] { "2410.15661" })]
    [InlineData("arXiv:2410.15661v3", new[] { "2410.15661" })]
    [InlineData("https://arxiv.org/abs/1706.03762", new[] { "1706.03762" })]
    [InlineData("hep-th/97", new[] { "hep-th/9711200" })]
    [InlineData("hep-th/9", new[] { "hep-th/9802150", "hep-th/9711200" })]
    public void Id_prefix_query_returns_matching_ids_newest_first(string query, string[] expected) => Assert.Equal(expected, Keys(query));

    [Fact]
    public void Exact_id_ranks_first_even_when_words_match_other_papers()
    {
        Assert.Equal("1706.03762", First("1706.03762"));
        Assert.Equal(["2410.15661"], Keys("2410.15661 attention"));
    }

    [Fact]
    public void Year_narrows_a_query()
    {
        Assert.Equal(["2010.11929"], Keys("image 2020"));
        Assert.Equal(["1512.03385"], Keys("image recognition 2015"));
    }

    [Fact]
    public void Shorter_better_covered_title_ranks_first_on_a_shared_word() =>
        Assert.Equal(["1512.03385", "2010.11929"], Keys("image recognition"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData(":")]
    [InlineData("-")]
    [InlineData("^")]
    [InlineData("()")]
    [InlineData("\"\"*:^-+()")]
    public void Hostile_or_empty_queries_return_nothing_without_throwing(string query) => Assert.Empty(_catalog.Search(query, 10));

    [Theory]
    [InlineData("space AND holography", "space and holography", 1)]
    [InlineData("attention OR zebra", "attention or zebra", 0)]
    [InlineData("attention NOT need", "attention not need", 0)]
    [InlineData("\"attention need\"", "attention need", 1)]
    [InlineData("attention:need", "attention need", 1)]
    [InlineData("title:attention", "title attention", 0)]
    [InlineData("-attention need", "attention need", 1)]
    [InlineData("^attention", "attention", 2)]
    [InlineData("atten* need", "atten need", 1)]
    [InlineData("NEAR(attention need)", "near attention need", 0)]
    [InlineData("deep + residual", "deep residual", 1)]
    [InlineData("AND", "and", 2)]
    [InlineData("NEAR(", "near", -1)]
    [InlineData("(image) {recognition}", "image recognition", 2)]
    public void Query_operators_are_plain_text(string hostile, string plain, int expectedCount)
    {
        var plainKeys = Keys(plain);
        if (expectedCount >= 0) Assert.Equal(expectedCount, plainKeys.Length);
        Assert.Equal(plainKeys, Keys(hostile));
    }

    [Fact]
    public void Limit_caps_the_results()
    {
        Assert.Single(Keys("tr", limit: 1));
        Assert.Empty(Keys("t"));                       // a lone letter is not a search
        Assert.Equal("1706.03762", First("attention a"));   // but narrows one
        Assert.Empty(Keys("attention", limit: 0));
    }

    [Fact]
    public void Get_ignores_the_version_and_GetByKey_finds_title_keys()
    {
        Assert.True(ArxivId.TryParse("1706.03762v5", out var versioned));
        Assert.Equal("Attention Is All You Need", _catalog.Get(versioned)?.Title);
        Assert.Equal(7, _catalog.GetByKey(Papers.TitleOnly.Key)?.AuthorCount);
        Assert.Null(_catalog.GetByKey("9999.99999"));
    }

    [Fact]
    public void Upsert_merges_the_same_paper_from_two_sources_and_reports_counts()
    {
        var richer = Papers.Arxiv("1706.03762v7", "Attention Is All You Need", ["Ashish Vaswani"], "2017-06-12", "kaggle",
            "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.") with
        {
            LatestVersion = 7,
            Versions = [new PaperVersion(1, new DateOnly(2017, 6, 12)), new PaperVersion(7, new DateOnly(2023, 8, 2))],
            Updated = new DateOnly(2023, 8, 2),
            Doi = null,
        };
        var newPaper = Papers.Arxiv("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models", ["Hugo Touvron"], "2023-07-18", "kaggle");
        var result = _catalog.Upsert([richer, newPaper, Papers.Bert]);
        Assert.Equal(new UpsertResult(1, 1, 1), result);

        var merged = _catalog.GetByKey("1706.03762")!;
        Assert.Equal(8, merged.Authors.Count);              // the full author list stays
        Assert.StartsWith("The dominant", merged.Abstract, StringComparison.Ordinal);
        Assert.Equal(7, merged.LatestVersion);
        Assert.Equal(new DateOnly(2023, 8, 2), merged.Updated);
        Assert.Equal(["kaggle", "test"], merged.Sources.Select(s => s.Name).Order().ToArray());
        Assert.Null(merged.ArxivId!.Version);
    }

    [Fact]
    public void Upsert_merges_duplicates_within_one_batch()
    {
        var a = Papers.Arxiv("2401.00001", "Tiny Paper", ["A B"], "2024-01-01", "one");
        var b = a with { Abstract = "Now with an abstract.", Sources = [new PaperSource("two", null, Papers.Imported)] };
        Assert.Equal(new UpsertResult(1, 0, 0), _catalog.Upsert([a, b]));
        var stored = _catalog.GetByKey("2401.00001")!;
        Assert.Equal("Now with an abstract.", stored.Abstract);
        Assert.Equal(2, stored.Sources.Count);
    }

    [Fact]
    public void RemoveSource_drops_papers_only_it_holds_and_keeps_shared_ones()
    {
        _catalog.Upsert([Papers.Attention with { Sources = [new PaperSource("bib", "refs.bib", Papers.Imported)] },
            Papers.Arxiv("2307.09288", "Llama 2", ["Hugo Touvron"], "2023-07-18", "bib")]);
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;

        Assert.Equal(1, _catalog.RemoveSource("bib"));
        Assert.Equal(1, changes);
        Assert.Null(_catalog.GetByKey("2307.09288"));
        Assert.Empty(Keys("llama"));
        Assert.Equal(["test"], _catalog.GetByKey("1706.03762")!.Sources.Select(s => s.Name).ToArray());
        Assert.Equal(0, _catalog.RemoveSource("bib"));
        Assert.Equal(1, changes);
    }

    [Fact]
    public void Stats_count_papers_ids_abstracts_and_sources()
    {
        _catalog.Upsert([Papers.Arxiv("2307.09288", "Llama 2", ["Hugo Touvron"], "2023-07-18", "kaggle", "We develop Llama 2.")]);
        var stats = _catalog.GetStats();
        Assert.Equal(11, stats.Papers);
        Assert.Equal(10, stats.WithArxivId);
        Assert.Equal(1, stats.WithAbstract);
        Assert.Equal(new Dictionary<string, long> { ["kaggle"] = 1, ["seed"] = 1, ["test"] = 9 }, stats.BySource);
    }

    [Fact]
    public void Changed_is_raised_after_a_write_that_changed_something()
    {
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;
        _catalog.Upsert(Papers.All);          // nothing new
        Assert.Equal(0, changes);
        _catalog.Upsert([Papers.Attention with { Comments = "15 pages, 5 figures" }]);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void A_cancelled_upsert_leaves_nothing_behind()
    {
        using var cancel = new CancellationTokenSource();
        IEnumerable<PaperRecord> Batch()
        {
            yield return Papers.Arxiv("2401.00002", "First Half", ["A B"], "2024-01-01");
            cancel.Cancel();
            yield return Papers.Arxiv("2401.00003", "Second Half", ["A B"], "2024-01-01");
        }
        Assert.ThrowsAny<OperationCanceledException>(() => _catalog.Upsert(Batch(), cancel.Token));
        Assert.Null(_catalog.GetByKey("2401.00002"));
        Assert.Equal(10, _catalog.GetStats().Papers);
    }
}

public sealed class InMemoryCatalogBehaviourTests : CatalogBehaviourTests
{
    protected override IPaperCatalog Create() => new InMemoryPaperCatalog();
}

public sealed class SqliteCatalogBehaviourTests : CatalogBehaviourTests
{
    private TempCatalogFile? _file;

    protected override IPaperCatalog Create()
    {
        _file = new TempCatalogFile();
        return _file.Open();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _file?.Dispose();
    }
}
