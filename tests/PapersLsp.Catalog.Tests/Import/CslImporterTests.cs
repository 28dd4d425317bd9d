using PapersLsp.Catalog.Import.Csl;

namespace PapersLsp.Catalog.Tests.Import;

public class CslImporterTests
{
    [Fact]
    public void Better_bibtex_json_gives_ids_from_extra()
    {
        var items = Corpus.Import(new CslImporter(), "zotero/bbt-460_arxiv-identifiers.json");
        Assert.Empty(items.Problems());
        var papers = items.Papers();
        Assert.Equal(["1305.4904", "1508.05387", "1401.2910"], papers.Select(p => p.Key));
        var smolin = papers[0];
        Assert.Equal("Classical signature of quantum annealing", smolin.Title);
        Assert.Equal(["John A. Smolin", "Graeme Smith"], smolin.Authors.Select(a => a.Name));
        Assert.Equal("Smolin", smolin.Authors[0].Family);
        Assert.Equal("8 pages, 3 pdf figures", smolin.Comments);
        Assert.Null(smolin.Published);
        Assert.Equal("10.1126/science.1252319", papers[2].Doi);
        Assert.Equal(9, papers[2].Authors.Count);
        Assert.Equal("csl", Assert.Single(smolin.Sources).Name);
    }

    [Fact]
    public void The_arxiv_doi_and_the_number_field_carry_ids_too()
    {
        var inspire = Assert.Single(Corpus.Import(new CslImporter(), "zotero/bbt-2201_inspirehep.json").Papers());
        Assert.Equal("2206.12432", inspire.Key);
        Assert.Null(inspire.Doi);
        Assert.Equal("Dark photon vortex formation and dynamics", inspire.Title);

        var brown = Assert.Single(Corpus.Import(new CslImporter(), "zotero/bbt-2911_prepublished-arxiv.json").Papers());
        Assert.Equal("2005.14165", brown.Key);
        Assert.Equal("Language Models are Few-Shot Learners", brown.Title);
        Assert.Equal("Tom B. Brown", brown.Authors[0].Name);
    }

    [Fact]
    public void Csl_json_items()
    {
        const string json = """
            [
              {"id": "vaswani2017", "type": "article", "title": "Attention Is All You Need",
               "author": [{"family": "Vaswani", "given": "Ashish"}, {"literal": "Google Brain"}],
               "issued": {"date-parts": [[2017, 6, 12]]}, "number": "arXiv:1706.03762", "URL": "https://arxiv.org/abs/1706.03762",
               "abstract": "The dominant   sequence\ntransduction models"},
              {"id": "noid", "type": "book", "title": "Deep Learning", "author": [{"family": "Goodfellow", "given": "Ian"}],
               "issued": {"date-parts": [[2016, 11, 18]]}, "DOI": "10.5555/3086952"},
              {"id": "untitled", "type": "article"},
              {"id": "archived", "type": "report", "title": "Old style", "archive": "arXiv", "archive_location": "hep-th/9901001"}
            ]
            """;
        var items = Corpus.ImportText(new CslImporter(), json, "library.json");
        var papers = items.Papers();
        Assert.Equal(3, papers.Count);
        var vaswani = papers[0];
        Assert.Equal("1706.03762", vaswani.Key);
        Assert.Equal(["Ashish Vaswani", "Google Brain"], vaswani.Authors.Select(a => a.Name));
        Assert.Equal("The dominant sequence transduction models", vaswani.Abstract);
        Assert.Null(vaswani.Published);

        var book = papers[1];
        Assert.Null(book.ArxivId);
        Assert.Equal(Core.Catalog.PaperRecord.TitleKey("Deep Learning"), book.Key);
        Assert.Equal(new DateOnly(2016, 11, 18), book.Published);
        Assert.Equal("10.5555/3086952", book.Doi);

        Assert.Equal("hep-th/9901001", papers[2].Key);

        var problem = Assert.Single(items.Problems());
        Assert.Equal(8, problem.Line);
        Assert.Equal("the item has no title (untitled)", problem.Message);
    }

    [Fact]
    public void A_truncated_export_keeps_what_came_before()
    {
        var text = File.ReadAllText(Corpus.PathOf("zotero/bbt-460_arxiv-identifiers.json"));
        var cut = text.IndexOf("\"Defining and detecting quantum speedup\"", StringComparison.Ordinal);
        var items = Corpus.ImportText(new CslImporter(), text[..cut]);
        Assert.Equal(2, items.Papers().Count);
        Assert.StartsWith("malformed JSON", Assert.Single(items.Problems()).Message, StringComparison.Ordinal);
    }
}
