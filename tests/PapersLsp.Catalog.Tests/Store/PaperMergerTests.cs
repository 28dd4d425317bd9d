using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

public sealed class PaperMergerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Friday = new(2026, 11, 6, 9, 0, 0, TimeSpan.Zero);

    private static PaperRecord Seed => new()
    {
        Key = "1706.03762",
        Title = "Attention Is All You Need",
        AuthorCount = 8,
        Abstract = "The dominant sequence transduction models…",
        Published = new DateOnly(2017, 6, 12),
        Versions = [new PaperVersion(1, new DateOnly(2017, 6, 12))],
        LatestVersion = 1,
        Sources = [new PaperSource("seed", "000.txt", Monday)],
    };

    private static PaperRecord Kaggle => new()
    {
        Key = "1706.03762",
        Title = "Attention Is All You Need",
        Authors = [new("Ashish Vaswani", "Ashish", "Vaswani"), new("Noam Shazeer", "Noam", "Shazeer")],
        Abstract = "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.",
        PrimaryCategory = "cs.CL",
        Categories = ["cs.CL", "cs.LG"],
        Versions = [new PaperVersion(5, new DateOnly(2017, 12, 6)), new PaperVersion(1, null), new PaperVersion(7, new DateOnly(2023, 8, 2))],
        Published = new DateOnly(2017, 6, 13),
        Updated = new DateOnly(2023, 8, 2),
        Doi = "10.48550/arXiv.1706.03762",
        Links = ["https://arxiv.org/abs/1706.03762"],
        Sources = [new PaperSource("kaggle", "snapshot.json", Friday), new PaperSource("seed", "000.txt", Friday)],
    };

    [Fact]
    public void Richer_fields_win_and_lists_are_unioned()
    {
        var merged = PaperMerger.Merge(Seed, Kaggle);
        Assert.Equal(2, merged.Authors.Count);                               // names beat a bare count
        Assert.Equal(8, merged.AuthorCount);                                 // the count is kept too
        Assert.StartsWith("The dominant sequence transduction models are", merged.Abstract, StringComparison.Ordinal);
        Assert.Equal("cs.CL", merged.PrimaryCategory);
        Assert.Equal([1, 5, 7], merged.Versions.Select(v => v.Number));
        Assert.Equal(new DateOnly(2017, 6, 12), merged.Versions[0].Date);    // a known date is not lost to an unknown one
        Assert.Equal(7, merged.LatestVersion);
        Assert.Equal(new DateOnly(2017, 6, 12), merged.Published);           // earliest
        Assert.Equal(new DateOnly(2023, 8, 2), merged.Updated);              // latest
        Assert.Equal("10.48550/arXiv.1706.03762", merged.Doi);
        Assert.Equal([("seed", Friday), ("kaggle", Friday)], merged.Sources.Select(s => (s.Name, s.ImportedAt)));
    }

    [Fact]
    public void Merging_is_order_independent_for_what_matters()
    {
        var a = PaperMerger.Merge(Seed, Kaggle);
        var b = PaperMerger.Merge(Kaggle, Seed);
        Assert.Equal(a.Authors, b.Authors);
        Assert.Equal(a.Abstract, b.Abstract);
        Assert.Equal(a.Versions, b.Versions);
        Assert.Equal((a.Published, a.Updated, a.LatestVersion), (b.Published, b.Updated, b.LatestVersion));
    }

    [Fact]
    public void Split_names_beat_bare_names_of_the_same_length()
    {
        var bare = Seed with { Authors = [new("Ashish Vaswani"), new("Noam Shazeer")] };
        Assert.Equal("Vaswani", PaperMerger.Merge(bare, Kaggle).Authors[0].Family);
        Assert.Equal("Vaswani", PaperMerger.Merge(Kaggle, bare).Authors[0].Family);
    }

    [Fact]
    public void A_longer_author_list_beats_a_truncated_one()
    {
        var full = Seed with { Authors = [new("A One"), new("B Two"), new("C Three")] };
        Assert.Equal(3, PaperMerger.Merge(Kaggle, full).Authors.Count);
    }

    [Fact]
    public void Blank_values_never_replace_known_ones()
    {
        var blank = Kaggle with { Title = "  ", Abstract = "", Doi = null, Comments = " " };
        var merged = PaperMerger.Merge(Kaggle, blank);
        Assert.Equal("Attention Is All You Need", merged.Title);
        Assert.Equal(Kaggle.Abstract, merged.Abstract);
        Assert.Equal(Kaggle.Doi, merged.Doi);
    }

    [Fact]
    public void Same_content_ignores_import_times_only()
    {
        var again = Kaggle with { Sources = [.. Kaggle.Sources.Select(s => s with { ImportedAt = Monday })] };
        Assert.True(PaperMerger.HaveSameContent(Kaggle, again));
        Assert.False(PaperMerger.HaveSameContent(Kaggle, Kaggle with { Comments = "15 pages" }));
        Assert.False(PaperMerger.HaveSameContent(Kaggle, Kaggle with { Sources = [Kaggle.Sources[0]] }));
    }

    [Fact]
    public void Different_keys_cannot_merge() =>
        Assert.Throws<ArgumentException>(() => PaperMerger.Merge(Seed, Kaggle with { Key = "1810.04805" }));
}
