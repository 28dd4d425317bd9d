using System.Text;
using PapersLsp.Catalog.Import;

namespace PapersLsp.Catalog.Tests.Import;

public class CatalogFormatDetectorTests
{
    [Theory]
    [InlineData("arxiv-api/2016_id_list-1111.2011v2.xml", CatalogFormat.Atom)]
    [InlineData("arxiv-api/2026_id_list-abc_ERROR.xml", CatalogFormat.Atom)]
    [InlineData("arxiv-api/2026_id_list-0000.0000_EMPTY.xml", CatalogFormat.Atom)]
    [InlineData("arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl", CatalogFormat.Kaggle)]
    [InlineData("hf-papers/hf_daily_papers_2024-10-25_first4.json", CatalogFormat.HfJson)]
    [InlineData("zotero/bbt-460_arxiv-identifiers.json", CatalogFormat.Csl)]
    [InlineData("zotero/bbt-2201_inspirehep.json", CatalogFormat.Csl)]
    [InlineData("zotero/bbt-460_arxiv-identifiers.bib", CatalogFormat.Bibtex)]
    [InlineData("latex/lsst-texmf_refs_ads.bib", CatalogFormat.Bibtex)]
    [InlineData("latex/zotero-user-library_issue873.bib", CatalogFormat.Bibtex)]
    [InlineData("../PapersLsp.Catalog.Tests/Import/Fixtures/hf-daily-papers-listing.html", CatalogFormat.HfHtml)]
    [InlineData("../PapersLsp.Catalog.Tests/Import/Fixtures/hf-no-papers.html", CatalogFormat.HfHtml)]
    [InlineData("../../src/PapersLsp.Catalog/DefaultCatalog/001_807e2619a8b8fbba.txt", CatalogFormat.HfText)]
    [InlineData("../../src/PapersLsp.Catalog/DefaultCatalog/003_5202bf2599d36698.txt", CatalogFormat.HfText)]
    public void Real_files_are_recognised_by_content(string file, CatalogFormat expected)
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(file));
        // Content decides: the same bytes under a misleading name are still recognised.
        Assert.Equal(expected, CatalogFormatDetector.Detect("download.dat", bytes.AsSpan(0, Math.Min(bytes.Length, CatalogFormatDetector.HeadLength))));
        Assert.Equal(expected, CatalogFormatDetector.DetectFile(Corpus.PathOf(file)));
    }

    [Theory]
    [InlineData("x.bib", "% just a comment", CatalogFormat.Bibtex)]
    [InlineData("x.jsonl", "", CatalogFormat.Kaggle)]
    [InlineData("x.txt", "some notes", CatalogFormat.HfText)]
    [InlineData("x.dat", "some notes", null)]
    [InlineData("x.json", "{\"unrelated\": 1}", null)]
    [InlineData("x.dat", "\uFEFF  @Article{key,\n title={T}}", CatalogFormat.Bibtex)]
    [InlineData("x.dat", "email me @ home {soon}", null)]
    [InlineData("x.dat", "[{\"id\":\"a\",\"type\":\"article-journal\",\"title\":\"T\"}]", CatalogFormat.Csl)]
    [InlineData("x.dat", "<?xml version=\"1.0\"?><rss/>", null)]
    [InlineData("x.dat", "<!DOCTYPE html><html><body></body></html>", CatalogFormat.HfHtml)]
    public void Extension_only_breaks_ties(string path, string content, CatalogFormat? expected) =>
        Assert.Equal(expected, CatalogFormatDetector.Detect(path, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Cli_names_round_trip()
    {
        foreach (var format in Enum.GetValues<CatalogFormat>())
            Assert.Equal(format, CatalogImporters.FromCliName(CatalogImporters.CliName(format)));
        Assert.Equal(["hf-html", "hf-json", "hf-text", "atom", "kaggle", "bibtex", "csl"], Enum.GetValues<CatalogFormat>().Select(CatalogImporters.CliName));
        Assert.Null(CatalogImporters.FromCliName("auto"));
    }

    [Fact]
    public void A_file_import_detects_reads_and_reports_progress()
    {
        var path = Corpus.PathOf("arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl");
        using var import = CatalogFileImport.Open(path, null, out var problem)!;
        Assert.Null(problem);
        Assert.Equal(CatalogFormat.Kaggle, import.Format);
        Assert.Equal(85, import.Read().Count(i => i.Paper is not null));
        Assert.Equal(import.Length, import.Position);

        Assert.Null(CatalogFileImport.Open(Corpus.PathOf("no-such-file.bib"), null, out var missing));
        Assert.NotNull(missing);
    }
}
