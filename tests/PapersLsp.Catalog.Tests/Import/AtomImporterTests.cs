using System.Text;
using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Atom;

namespace PapersLsp.Catalog.Tests.Import;

public class AtomImporterTests
{
    private static ArxivAtomFeed Feed(string file)
    {
        using var stream = File.OpenRead(Corpus.PathOf("arxiv-api/" + file));
        return ArxivAtomFeed.Parse(stream, file);
    }

    [Theory]
    [InlineData("2016_id_list-1111.2011v2.xml", 1, 1)]
    [InlineData("2016_search_au-del_maestro.xml", 10, 31)]
    [InlineData("2016_search_del_maestro_checkerboard.xml", 1, 1)]
    [InlineData("2026_id_list-0000.0000_EMPTY.xml", 0, 0)]
    [InlineData("2026_id_list-1605.08386.xml", 1, 1)]
    [InlineData("2026_id_list-2104.12255v1.xml", 1, 1)]
    [InlineData("2026_id_list-astro-ph_0601001.xml", 1, 1)]
    [InlineData("2026_search_testing_m10.xml", 10, 214881)]
    public void Corpus_feeds_parse_completely(string file, int entries, int total)
    {
        var feed = Feed(file);
        Assert.Equal(entries, feed.Entries.Count);
        Assert.Equal(total, feed.TotalResults);
        Assert.False(feed.IsError);
        Assert.All(feed.Entries, e => Assert.False(string.IsNullOrEmpty(e.Summary)));
        Assert.All(feed.Entries, e => Assert.NotEmpty(e.Authors));
    }

    [Fact]
    public void The_2016_shape_gives_every_field()
    {
        var entry = Assert.Single(Feed("2016_id_list-1111.2011v2.xml").Entries);
        Assert.Equal("1111.2011", entry.Id.Id);
        Assert.Equal(2, entry.Id.Version);
        Assert.Equal("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit", entry.Title);
        Assert.StartsWith("Theoretical description of anisotropic systems, such as layered superconductors", entry.Summary);
        Assert.DoesNotContain('\n', entry.Summary!);
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], entry.Authors.Select(a => a.Name));
        Assert.Equal("10.1103/PhysRevB.85.115117", entry.Doi);
        Assert.Equal("Phys. Rev. B 85, 115117 (2012)", entry.JournalRef);
        Assert.Equal("8 pages, 3 figures. Published version", entry.Comment);
        Assert.Equal("cond-mat.str-el", entry.PrimaryCategory);
        Assert.Equal(["cond-mat.str-el", "cond-mat.stat-mech"], entry.Categories);
        Assert.Contains(entry.Links, l => l.Title == "pdf" && l.Href == "http://arxiv.org/pdf/1111.2011v2");

        var record = entry.ToPaperRecord([]);
        Assert.Equal("1111.2011", record.Key);
        Assert.Null(record.ArxivId!.Version);
        Assert.Equal(2, record.LatestVersion);
        Assert.Equal(new DateOnly(2011, 11, 8), record.Published);
        Assert.Equal(new DateOnly(2012, 4, 2), record.Updated);
        Assert.Equal([new(1, new DateOnly(2011, 11, 8)), new Core.Catalog.PaperVersion(2, new DateOnly(2012, 4, 2))], record.Versions);
    }

    [Fact]
    public void The_2026_shape_gives_every_field()
    {
        var entry = Assert.Single(Feed("2026_id_list-astro-ph_0601001.xml").Entries);
        Assert.Equal("astro-ph/0601001", entry.Id.Id);
        Assert.Equal(1, entry.Id.Version);
        Assert.Equal("ActaAstron.56:1-50,2006", entry.JournalRef);
        Assert.Equal("astro-ph", entry.PrimaryCategory);
        Assert.Equal(["Ohio State"], entry.Authors[0].Affiliations);
        Assert.Equal("Andrzej Udalski", entry.Authors[3].Name);
        Assert.Equal(new DateTimeOffset(2006, 1, 2, 14, 57, 58, TimeSpan.Zero), entry.Published);

        var tiny = Assert.Single(Feed("2026_id_list-2104.12255v1.xml").Entries);
        Assert.Equal("0", tiny.Title);
        Assert.Equal("cs.CR", tiny.PrimaryCategory);

        var heat = Assert.Single(Feed("2026_id_list-1605.08386.xml").Entries);
        Assert.Equal(["math.CO", "math.ST"], heat.Categories);
        Assert.Equal("20 pages, 3 figures", heat.Comment);
        Assert.Null(heat.Doi);
    }

    [Fact]
    public void Old_style_and_versioned_ids_in_a_search_feed()
    {
        var ids = Feed("2016_search_au-del_maestro.xml").Entries.Select(e => e.Id.VersionedId).ToList();
        Assert.Equal("1201.4869v1", ids[0]);
        Assert.Contains("cond-mat/0412498v1", ids);
        Assert.Equal(10, ids.Distinct().Count());
    }

    [Fact]
    public void The_error_feed_is_an_error_not_a_paper()
    {
        var feed = Feed("2026_id_list-abc_ERROR.xml");
        Assert.Empty(feed.Entries);
        var error = Assert.Single(feed.Errors);
        Assert.Equal("incorrect id format for abc", error.Message);
        Assert.Equal("https://arxiv.org/api/errors#incorrect_id_format_for_abc", error.ErrorId);
        Assert.True(feed.IsError);

        var items = Corpus.Import(new AtomImporter(), "arxiv-api/2026_id_list-abc_ERROR.xml");
        Assert.Empty(items.Papers());
        var problem = Assert.Single(items.Problems());
        Assert.Equal(9, problem.Line);
        Assert.Contains("incorrect id format for abc", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_empty_feed_is_no_papers_and_no_error()
    {
        Assert.Empty(Corpus.Import(new AtomImporter(), "arxiv-api/2026_id_list-0000.0000_EMPTY.xml"));
    }

    [Fact]
    public void A_truncated_feed_keeps_the_entries_before_the_cut()
    {
        var text = File.ReadAllText(Corpus.PathOf("arxiv-api/2026_search_testing_m10.xml"));
        var cut = text.IndexOf("<entry>", text.IndexOf("</entry>", StringComparison.Ordinal) + 1000, StringComparison.Ordinal) + 200;
        var items = Corpus.ImportText(new AtomImporter(), text[..cut]);
        Assert.InRange(items.Papers().Count, 1, 9);
        var problem = Assert.Single(items.Problems());
        Assert.StartsWith("malformed XML", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/1605.08386v1</id><title>x</title></ent")]
    [InlineData("<!DOCTYPE feed [<!ENTITY a \"aaaa\">]><feed/>")]
    public void Garbage_is_a_problem_not_an_exception(string text)
    {
        var items = Corpus.ImportText(new AtomImporter(), text);
        Assert.Empty(items.Papers());
        Assert.True(text.Length == 0 || items.Problems().Count == 1);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf("arxiv-api/2016_search_del_maestro_checkerboard.xml"));
        var at = Encoding.ASCII.GetString(bytes).IndexOf("<summary>", StringComparison.Ordinal) + 12;
        bytes[at] = 0xFF;
        bytes[at + 1] = 0xFE;
        var items = Corpus.ImportBytes(new AtomImporter(), bytes);
        Assert.Empty(items.Papers());
        Assert.True(Assert.Single(items.Problems()).Line > 1);
    }

    [Fact]
    public void An_entry_without_an_arxiv_id_is_skipped_and_reported()
    {
        const string feed = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://example.org/x</id><title>Not arXiv</title></entry>
              <entry><id>http://arxiv.org/abs/1605.08386v1</id><title>Heat-bath random walks</title></entry>
            </feed>
            """;
        var items = Corpus.ImportText(new AtomImporter(), feed);
        Assert.Equal("1605.08386", Assert.Single(items.Papers()).Key);
        Assert.Equal(2, Assert.Single(items.Problems()).Line);
    }
}
