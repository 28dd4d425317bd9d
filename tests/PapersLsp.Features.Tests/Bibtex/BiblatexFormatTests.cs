using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Features.Tests.Bibtex;

public class BiblatexFormatTests
{
    [Fact]
    public void Writes_an_online_entry_in_Better_BibLaTeXs_shape()
    {
        // Shape and field order of tests/corpus/zotero/bbt-2911_prepublished-arxiv.bib, without abstract,
        // urldate and keywords; arXiv's DOI since the preprint has no journal DOI.
        var paper = Papers.Arxiv("2005.14165", "Language Models are Few-Shot Learners", ["Tom B. Brown", "Benjamin Mann"],
            "cs.CL", published: new DateOnly(2020, 5, 28), updated: new DateOnly(2020, 7, 22));

        Assert.Equal(
            "@online{brownLanguageModelsAre2020,\n" +
            "  title = {Language Models are Few-Shot Learners},\n" +
            "  author = {Brown, Tom B. and Mann, Benjamin},\n" +
            "  date = {2020-05-28},\n" +
            "  eprint = {2005.14165},\n" +
            "  eprinttype = {arxiv},\n" +
            "  eprintclass = {cs.CL},\n" +
            "  doi = {10.48550/arXiv.2005.14165},\n" +
            "  url = {https://arxiv.org/abs/2005.14165},\n" +
            "  pubstate = {prepublished}\n" +
            "}",
            BibtexWriter.Write(paper, BibtexStyle.Biblatex, "brownLanguageModelsAre2020"));
    }

    [Fact]
    public void A_journal_DOI_replaces_arXivs_and_drops_pubstate()
    {
        var paper = Papers.Arxiv("1401.2910", "Defining and detecting quantum speedup", ["Troels F. Rønnow"], "quant-ph",
            published: new DateOnly(2014, 1, 13), doi: "https://doi.org/10.1126/science.1252319");

        var entry = BibtexWriter.Write(paper, BibtexStyle.Biblatex, "k");

        Assert.Contains("  doi = {10.1126/science.1252319},\n", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("pubstate", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("10.48550", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BERT: Pre-training of Deep Bidirectional Transformers", "{BERT}: Pre-training of Deep Bidirectional Transformers")]
    [InlineData("GPT-4 Technical Report", "{GPT}-4 Technical Report")]
    [InlineData("ImageNet Classification with Deep CNNs", "{ImageNet} Classification with Deep {CNNs}")]
    [InlineData("TÜLU 3: Pushing Frontiers", "{TÜLU} 3: Pushing Frontiers")]
    [InlineData("Learning {BERT} in $O(N)$ with \\textsc{NoCase}", "Learning {BERT} in $O(N)$ with \\textsc{NoCase}")]
    [InlineData("3D Gaussian Splatting", "{3D} Gaussian Splatting")]
    public void Braces_acronyms_in_titles(string title, string expected)
    {
        var paper = Papers.Arxiv("2401.00001", title, ["A. Author"]);

        Assert.Contains("  title = {" + expected + "},\n", BibtexWriter.Write(paper, BibtexStyle.Biblatex, "k"), StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_without_an_id_gets_a_short_misc_entry()
    {
        var paper = Papers.TitleOnly("Catastrophic Interference is Mitigated in Naturalistic Power-Law Learning Environments");

        Assert.Equal(
            "@misc{k,\n  title = {Catastrophic Interference is Mitigated in Naturalistic Power-Law Learning Environments}\n}",
            BibtexWriter.Write(paper, BibtexStyle.Biblatex, "k"));
    }

    [Fact]
    public void Date_falls_back_to_the_ids_month()
    {
        var paper = Papers.Arxiv("hep-th/9901001", "An old paper", ["Ed Witten"], "hep-th");

        var entry = BibtexWriter.Write(paper, BibtexStyle.Biblatex, "k");

        Assert.Contains("  date = {1999-01},\n", entry, StringComparison.Ordinal);
        Assert.Contains("  eprint = {hep-th/9901001},\n", entry, StringComparison.Ordinal);
    }
}
