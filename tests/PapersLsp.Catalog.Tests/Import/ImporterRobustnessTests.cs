using CsCheck;
using PapersLsp.Catalog.Import;

namespace PapersLsp.Catalog.Tests.Import;

/// <summary>No input makes an importer throw: damage becomes problems.</summary>
public class ImporterRobustnessTests
{
    public static TheoryData<CatalogFormat> Formats() => [.. Enum.GetValues<CatalogFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Random_bytes_never_throw(CatalogFormat format)
    {
        var importer = CatalogImporters.For(format);
        Gen.Byte.Array[0, 2000].Sample(bytes => _ = Corpus.ImportBytes(importer, bytes).Count, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_prefix_of_a_real_file_never_throws(CatalogFormat format)
    {
        var file = format switch
        {
            CatalogFormat.Atom => "arxiv-api/2016_id_list-1111.2011v2.xml",
            CatalogFormat.Kaggle => "arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl",
            CatalogFormat.HfJson => "hf-papers/hf_daily_papers_2024-10-25_first4.json",
            CatalogFormat.Csl => "zotero/bbt-460_arxiv-identifiers.json",
            CatalogFormat.Bibtex => "zotero/bbt-460_arxiv-identifiers.bib",
            CatalogFormat.HfHtml => "../PapersLsp.Catalog.Tests/Import/Fixtures/hf-paper-page.html",
            _ => "../../src/PapersLsp.Catalog/DefaultCatalog/003_5202bf2599d36698.txt",
        };
        var bytes = File.ReadAllBytes(Corpus.PathOf(file));
        var importer = CatalogImporters.For(format);
        Gen.Int[0, bytes.Length].Sample(cut => _ = Corpus.ImportBytes(importer, bytes[..cut]).Count, iter: 100);
    }
}
