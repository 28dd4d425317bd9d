using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Bibtex;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Text;

namespace PapersLsp.Catalog.Tests.Import;

public class BibtexImporterTests
{
    /// <summary>Parses one entry written with <paramref name="fields"/>, so that field ranges are real.</summary>
    private static (string Text, BibEntry Entry) Parsed(params (string Name, string Value)[] fields)
    {
        var text = "@article{key,\n" + string.Concat(fields.Select(f => $"  {f.Name} = {{{f.Value}}},\n")) + "}\n";
        return (text, Assert.Single(BibParser.Parse(text).Entries));
    }

    private static PaperRecord? Record(params (string Name, string Value)[] fields)
    {
        var (text, entry) = Parsed(fields);
        return BibEntryRecord.ToRecord(text, entry, [], out _);
    }

    [Theory]
    [InlineData("eprint", "2005.14165", null, "2005.14165")]
    [InlineData("eprint", "arXiv:hep-th/9901001v2", null, "hep-th/9901001")]
    [InlineData("eprint", "2005.14165", "arXiv", "2005.14165")]
    [InlineData("eprint", "12345678", "PubMed", null)]
    [InlineData("arxivid", "1706.03762", null, "1706.03762")]
    [InlineData("journal", "arXiv preprint arXiv:1706.03762", null, "1706.03762")]
    [InlineData("volume", "abs/1706.03762", null, null)] // DBLP's abs/ID counts only beside journal = {CoRR}
    [InlineData("volume", "1706", null, null)]
    [InlineData("url", "https://arxiv.org/pdf/1706.03762v5.pdf", null, "1706.03762")]
    [InlineData("url", "http://arxiv.org/abs/math.GT/0309136", null, "math/0309136")]
    [InlineData("doi", "10.48550/arXiv.2206.12432", null, "2206.12432")]
    [InlineData("note", "arXiv: 1305.4904", null, "1305.4904")]
    [InlineData("howpublished", "\\url{https://example.org}", null, null)]
    [InlineData("journal", "Phys. Rev. B", null, null)]
    public void The_arxiv_id_comes_from_any_field_that_carries_one(string field, string value, string? archive, string? id)
    {
        var fields = new List<(string, string)> { ("title", "T"), (field, value) };
        if (archive is not null) fields.Add(("archiveprefix", archive));
        Assert.Equal(id, Record([.. fields])?.ArxivId?.Id);
    }

    [Fact]
    public void Dblp_volume_abs_counts_beside_corr()
    {
        Assert.Equal("1706.03762", Record(("title", "T"), ("journal", "CoRR"), ("volume", "abs/1706.03762"))?.ArxivId?.Id);
    }

    [Fact]
    public void The_first_field_naming_an_id_wins_as_in_the_editor()
    {
        Assert.Equal("1401.2910", Record(("title", "T"), ("url", "http://arxiv.org/abs/1401.2910"), ("eprint", "1508.05387"))?.ArxivId?.Id);
    }

    [Fact]
    public void A_full_entry_maps_to_a_record()
    {
        var record = Record(
            ("title", "{{BV Master Action}} for {{Heterotic}} and   {{Type II}}\n String Field Theories"),
            ("author", "Sen, Ashoke and Zwiebach, Jr., Barton and {Barnes and Noble} and Edward Witten and others"),
            ("journaltitle", "Journal of High Energy Physics"),
            ("volume", "2016"),
            ("pages", "87"),
            ("eprint", "1508.05387v3"),
            ("eprinttype", "arXiv"),
            ("eprintclass", "hep-th, gr-qc"),
            ("doi", "10.1007/JHEP02(2016)087"),
            ("url", "http://arxiv.org/abs/1508.05387"),
            ("abstract", "We construct the quantum BV master action."))!;
        Assert.Equal("1508.05387", record.Key);
        Assert.Equal(3, record.LatestVersion);
        Assert.Equal("{{BV Master Action}} for {{Heterotic}} and {{Type II}} String Field Theories", record.Title);
        Assert.Equal(["Ashoke Sen", "Barton Zwiebach Jr.", "{Barnes and Noble}", "Edward Witten"], record.Authors.Select(a => a.Name));
        Assert.Equal(("Barton", "Zwiebach", "Jr."), (record.Authors[1].Given, record.Authors[1].Family, record.Authors[1].Suffix));
        Assert.Equal(("Edward", "Witten"), (record.Authors[3].Given, record.Authors[3].Family));
        Assert.Equal("hep-th", record.PrimaryCategory);
        Assert.Equal(["hep-th", "gr-qc"], record.Categories);
        Assert.Equal("10.1007/JHEP02(2016)087", record.Doi);
        Assert.Equal("Journal of High Energy Physics 2016, 87", record.JournalRef);
        Assert.Equal("We construct the quantum BV master action.", record.Abstract);
    }

    [Fact]
    public void Entries_without_an_id_are_kept_by_title_and_without_a_title_are_problems()
    {
        var kept = Record(("title", "Attention Is All You Need"), ("journal", "NeurIPS"))!;
        Assert.Null(kept.ArxivId);
        Assert.Equal(PaperRecord.TitleKey("Attention Is All You Need"), kept.Key);

        var (text, entry) = Parsed(("author", "Nobody"));
        Assert.Null(BibEntryRecord.ToRecord(text, entry, [], out var problem));
        Assert.Equal("@article{key} has no title", problem);
    }

    [Fact]
    public void Parser_errors_and_bad_entries_are_reported_with_lines()
    {
        const string text = "@article{a,\n  title = {Good},\n  eprint = {2005.14165}\n}\n\n@misc{b,\n  author = {X}\n}\n@oops\n";
        var parsed = BibParser.Parse(text);
        var (good, bad) = (parsed.Entries[0], parsed.Entries[1]);
        var document = new BibDocument([good, bad], [], [
            new BibSyntaxError(new TextSpan(text.IndexOf("@oops", StringComparison.Ordinal), 5), "entry has no body"),
            new BibSyntaxError(new TextSpan(text.IndexOf("eprint", StringComparison.Ordinal), 6), "recovered inside an imported entry"),
        ]);
        var items = Corpus.ImportText(new BibtexImporter(_ => document), text, "refs.bib");
        Assert.Equal("2005.14165", Assert.Single(items.Papers()).Key);
        Assert.Equal([(9, "entry has no body"), (6, "@misc{b} has no title")], items.Problems().Select(p => (p.Line, p.Message)));
    }

    [Fact]
    [Trait("needs", "bibparser")]
    public void Better_bibtex_files_import_with_their_ids()
    {
        var papers = Corpus.Import(new BibtexImporter(), "zotero/bbt-460_arxiv-identifiers.bib").Papers();
        Assert.Equal(["1401.2910", "1508.05387", "1305.4904"], papers.Select(p => p.Key));
        Assert.Equal("Rønnow", papers[0].Authors[0].Family);
        Assert.Equal("Troels F.", papers[0].Authors[0].Given);
        Assert.Equal("10.1126/science.1252319", papers[0].Doi);
        Assert.Equal("quant-ph", papers[0].PrimaryCategory);

        var inspire = Assert.Single(Corpus.Import(new BibtexImporter(), "zotero/bbt-2201_inspirehep.bib").Papers());
        Assert.Equal("2206.12432", inspire.Key);
        Assert.Null(inspire.Doi);
        Assert.Equal(["astro-ph", "physics:gr-qc", "physics:hep-ph"], inspire.Categories);

        var brown = Assert.Single(Corpus.Import(new BibtexImporter(), "zotero/bbt-2911_prepublished-arxiv.bib").Papers());
        Assert.Equal("2005.14165", brown.Key);
        Assert.Equal("Language {{Models}} Are {{Few-Shot Learners}}", brown.Title);
    }

    [Fact]
    [Trait("needs", "bibparser")]
    public void The_ads_export_gives_ids_for_its_well_formed_eprints()
    {
        // 252 eprint fields; four are truncated ids such as 1208.007, which are no arXiv id.
        var papers = Corpus.Import(new BibtexImporter(), "latex/lsst-texmf_refs_ads.bib").Papers();
        Assert.Equal(448, papers.Count);
        Assert.Equal(249, papers.Count(p => p.ArxivId is not null));
    }

    [Theory]
    [Trait("needs", "bibparser")]
    [InlineData("latex/lsst-texmf_refs_ads.bib")]
    [InlineData("latex/zotero-user-library_issue873.bib")]
    public void Large_real_files_account_for_every_entry(string file)
    {
        var entries = File.ReadLines(Corpus.PathOf(file))
            .Count(l => l.StartsWith('@') && !l.StartsWith("@string", StringComparison.OrdinalIgnoreCase)
                && !l.StartsWith("@comment", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("@preamble", StringComparison.OrdinalIgnoreCase));
        var items = Corpus.Import(new BibtexImporter(), file);
        Assert.True(items.Papers().Count > entries * 9 / 10, $"{items.Papers().Count} papers of {entries} entries");
        Assert.True(items.Papers().Count <= entries);
        Assert.True(items.Problems().Count < entries / 10, $"{items.Problems().Count} problems");
    }
}
