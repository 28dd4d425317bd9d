using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Features.Tests.Bibtex;

public class CitationKeyGeneratorTests
{
    private static readonly DateOnly June2017 = new(2017, 6, 12);

    public static TheoryData<CitationKeyFormat, string, string, string, string> Keys => new()
    {
        // format, id, title, first author, expected key
        { CitationKeyFormat.Arxiv, "1706.03762", "Attention Is All You Need", "Ashish Vaswani", "vaswani2017attentionneed" },
        { CitationKeyFormat.Arxiv, "0806.1234", "Visualizing Data using t-SNE", "Laurens van der Maaten", "vandermaaten2017visualizingdatausingtsne" },
        { CitationKeyFormat.Arxiv, "2211.13081", "Robust Mean Teacher for Continual and Gradual Test-Time Adaptation", "Mario Döbler", "döbler2017robustmeanteachercontinual" },
        { CitationKeyFormat.Arxiv, "2407.08639", "$β$-DPO: Direct Preference Optimization with Dynamic $β$", "Junkang Wu", "wu2017βdpodirectpreferenceoptimization" },
        { CitationKeyFormat.Google, "1706.03762", "Attention Is All You Need", "Ashish Vaswani", "vaswani2017attention" },
        { CitationKeyFormat.Google, "0806.1234", "Visualizing Data using t-SNE", "Laurens van der Maaten", "van2017visualizing" },
        { CitationKeyFormat.Google, "1211.5063", "On the difficulty of training Recurrent Neural Networks", "Razvan Pascanu", "pascanu2017difficulty" },
        { CitationKeyFormat.Google, "1803.02155", "Self-Attention with Relative Position Representations", "Peter Shaw", "shaw2017self" },
        { CitationKeyFormat.Google, "2211.13081", "Robust Mean Teacher", "Mario Döbler", "dobler2017robust" },
        { CitationKeyFormat.BetterBibtex, "2005.14165", "Language Models are Few-Shot Learners", "Tom B. Brown", "brownLanguageModelsAre2017" },
        { CitationKeyFormat.BetterBibtex, "2408.14471", "A Practitioner's Guide to Continual Multimodal Pretraining", "Karsten Roth", "rothPractitionersGuideContinual2017" },
        { CitationKeyFormat.BetterBibtex, "0806.1234", "Visualizing Data using t-SNE", "Laurens van der Maaten", "vandermaatenVisualizingDataUsing2017" },
        { CitationKeyFormat.BetterBibtex, "2305.13245", "GQA: Training Generalized Multi-Query Transformer Models", "James Lee-Thorp", "lee-thorpGQATrainingGeneralized2017" },
        { CitationKeyFormat.Id, "2410.15661", "Scalable Data Ablation Approximations", "Clara Na", "2410.15661" },
        { CitationKeyFormat.Id, "hep-th/9901001", "Old style", "Ed Witten", "hep-th/9901001" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Generates_the_formats_key(CitationKeyFormat format, string id, string title, string author, string expected)
    {
        // The same first-version year for every row keeps the table about names and titles.
        var paper = Papers.Arxiv(id, title, [author], published: June2017, updated: June2017);

        Assert.Equal(expected, CitationKeyGenerator.Generate(paper, format));
    }

    [Fact]
    public void Better_BibTeX_reproduces_the_key_of_the_corpus_export()
    {
        // tests/corpus/zotero/bbt-2911_prepublished-arxiv.bib: @online{brownLanguageModelsAre2020, …}
        var paper = Papers.Arxiv("2005.14165", "Language Models are Few-Shot Learners", ["Tom B. Brown", "Benjamin Mann"],
            "cs.CL", published: new DateOnly(2020, 7, 22));
        var corpus = File.ReadAllText(RepoFiles.Path("tests", "corpus", "zotero", "bbt-2911_prepublished-arxiv.bib"));

        var key = CitationKeyGenerator.Generate(paper, CitationKeyFormat.BetterBibtex);

        Assert.StartsWith("@online{" + key + ",", corpus, StringComparison.Ordinal);
    }

    [Fact]
    public void Google_and_arXiv_years_differ_for_a_revised_paper()
    {
        var paper = Papers.Arxiv("1706.03762", "Attention Is All You Need", ["Ashish Vaswani"], "cs.CL", June2017, new DateOnly(2023, 8, 2));

        Assert.Equal("vaswani2017attention", CitationKeyGenerator.Generate(paper, CitationKeyFormat.Google));
        Assert.Equal("vaswani2023attentionneed", CitationKeyGenerator.Generate(paper, CitationKeyFormat.Arxiv));
    }

    [Theory]
    [InlineData(CitationKeyFormat.Arxiv)]
    [InlineData(CitationKeyFormat.Google)]
    [InlineData(CitationKeyFormat.BetterBibtex)]
    [InlineData(CitationKeyFormat.Id)]
    public void Paper_known_only_by_title_still_gets_a_usable_key(CitationKeyFormat format)
    {
        var key = CitationKeyGenerator.Generate(Papers.TitleOnly("Str2Str: A Score-based Framework for Zero-shot Protein Conformation Sampling"), format);

        Assert.NotEmpty(key);
        Assert.DoesNotContain(key, c => char.IsWhiteSpace(c) || c is ',' or '{' or '}' or '"' or '#' or '%' or '\'' or '(' or ')' or '=');
    }

    [Fact]
    public void MakeUnique_appends_the_first_free_letter_ignoring_case()
    {
        var existing = new HashSet<string> { "vaswani2017attention", "Vaswani2017Attentiona", "other" };

        Assert.Equal("fresh", CitationKeyGenerator.MakeUnique("fresh", existing));
        Assert.Equal("vaswani2017attentionb", CitationKeyGenerator.MakeUnique("vaswani2017attention", existing));
    }

    [Fact]
    public void MakeUnique_goes_past_z_to_aa()
    {
        var existing = new HashSet<string> { "k" };
        for (var c = 'a'; c <= 'z'; c++) existing.Add("k" + c);

        Assert.Equal("kaa", CitationKeyGenerator.MakeUnique("k", existing));
    }

    [Theory]
    [InlineData("Łukasz Kaiser", "Lukasz Kaiser")]
    [InlineData("Søren Straße", "Soren Strasse")]
    [InlineData("Æsir ĐÖBLER", "AEsir DOBLER")]
    [InlineData("β-VAE 日本", "b-VAE ")]
    public void Folds_names_and_titles_to_ascii(string text, string expected) =>
        Assert.Equal(expected, AsciiFolding.Fold(text));
}
