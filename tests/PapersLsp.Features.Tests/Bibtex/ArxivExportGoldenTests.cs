using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;

namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>
/// The arxiv style against arXiv's own "Export BibTeX citation" output, byte for byte. The expected texts are
/// arXiv's exports as quoted verbatim in public READMEs (a PaliGemma implementation's "Citations" section quotes
/// the first seven; a Recursive PAC-Bayes README the last), 2024-2025 shape; the records hold the metadata arXiv
/// shows on those papers' abstract pages (the year is that of the latest version, as arXiv's export uses it).
/// </summary>
public class ArxivExportGoldenTests
{
    public static TheoryData<string, string[], string, int, string, string> Exports => new()
    {
        {
            "1706.03762", ["Attention Is All You Need", "cs.CL"],
            "Ashish Vaswani;Noam Shazeer;Niki Parmar;Jakob Uszkoreit;Llion Jones;Aidan N. Gomez;Lukasz Kaiser;Illia Polosukhin",
            2023, "vaswani2023attentionneed",
            "@misc{vaswani2023attentionneed,\n      title={Attention Is All You Need}, \n      author={Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit and Llion Jones and Aidan N. Gomez and Lukasz Kaiser and Illia Polosukhin},\n      year={2023},\n      eprint={1706.03762},\n      archivePrefix={arXiv},\n      primaryClass={cs.CL},\n      url={https://arxiv.org/abs/1706.03762}, \n}"
        },
        {
            "2010.11929", ["An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", "cs.CV"],
            "Alexey Dosovitskiy;Lucas Beyer;Alexander Kolesnikov;Dirk Weissenborn;Xiaohua Zhai;Thomas Unterthiner;Mostafa Dehghani;Matthias Minderer;Georg Heigold;Sylvain Gelly;Jakob Uszkoreit;Neil Houlsby",
            2021, "dosovitskiy2021imageworth16x16words",
            "@misc{dosovitskiy2021imageworth16x16words,\n      title={An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale}, \n      author={Alexey Dosovitskiy and Lucas Beyer and Alexander Kolesnikov and Dirk Weissenborn and Xiaohua Zhai and Thomas Unterthiner and Mostafa Dehghani and Matthias Minderer and Georg Heigold and Sylvain Gelly and Jakob Uszkoreit and Neil Houlsby},\n      year={2021},\n      eprint={2010.11929},\n      archivePrefix={arXiv},\n      primaryClass={cs.CV},\n      url={https://arxiv.org/abs/2010.11929}, \n}"
        },
        {
            "2305.13245", ["GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints", "cs.CL"],
            "Joshua Ainslie;James Lee-Thorp;Michiel de Jong;Yury Zemlyanskiy;Federico Lebrón;Sumit Sanghai",
            2023, "ainslie2023gqatraininggeneralizedmultiquery",
            "@misc{ainslie2023gqatraininggeneralizedmultiquery,\n      title={GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints}, \n      author={Joshua Ainslie and James Lee-Thorp and Michiel de Jong and Yury Zemlyanskiy and Federico Lebrón and Sumit Sanghai},\n      year={2023},\n      eprint={2305.13245},\n      archivePrefix={arXiv},\n      primaryClass={cs.CL},\n      url={https://arxiv.org/abs/2305.13245}, \n}"
        },
        {
            "1911.02150", ["Fast Transformer Decoding: One Write-Head is All You Need", "cs.NE"],
            "Noam Shazeer", 2019, "shazeer2019fasttransformerdecodingwritehead",
            "@misc{shazeer2019fasttransformerdecodingwritehead,\n      title={Fast Transformer Decoding: One Write-Head is All You Need}, \n      author={Noam Shazeer},\n      year={2019},\n      eprint={1911.02150},\n      archivePrefix={arXiv},\n      primaryClass={cs.NE},\n      url={https://arxiv.org/abs/1911.02150}, \n}"
        },
        {
            "1607.06450", ["Layer Normalization", "stat.ML"],
            "Jimmy Lei Ba;Jamie Ryan Kiros;Geoffrey E. Hinton", 2016, "ba2016layernormalization",
            "@misc{ba2016layernormalization,\n      title={Layer Normalization}, \n      author={Jimmy Lei Ba and Jamie Ryan Kiros and Geoffrey E. Hinton},\n      year={2016},\n      eprint={1607.06450},\n      archivePrefix={arXiv},\n      primaryClass={stat.ML},\n      url={https://arxiv.org/abs/1607.06450}, \n}"
        },
        {
            "2407.07726", ["PaliGemma: A versatile 3B VLM for transfer", "cs.CV"],
            "Lucas Beyer;Andreas Steiner;André Susano Pinto;Alexander Kolesnikov;Xiao Wang;Daniel Salz;Maxim Neumann;Ibrahim Alabdulmohsin;Michael Tschannen;Emanuele Bugliarello;Thomas Unterthiner;Daniel Keysers;Skanda Koppula;Fangyu Liu;Adam Grycner;Alexey Gritsenko;Neil Houlsby;Manoj Kumar;Keran Rong;Julian Eisenschlos;Rishabh Kabra;Matthias Bauer;Matko Bošnjak;Xi Chen;Matthias Minderer;Paul Voigtlaender;Ioana Bica;Ivana Balazevic;Joan Puigcerver;Pinelopi Papalampidi;Olivier Henaff;Xi Xiong;Radu Soricut;Jeremiah Harmsen;Xiaohua Zhai",
            2024, "beyer2024paligemmaversatile3bvlm",
            "@misc{beyer2024paligemmaversatile3bvlm,\n      title={PaliGemma: A versatile 3B VLM for transfer}, \n      author={Lucas Beyer and Andreas Steiner and André Susano Pinto and Alexander Kolesnikov and Xiao Wang and Daniel Salz and Maxim Neumann and Ibrahim Alabdulmohsin and Michael Tschannen and Emanuele Bugliarello and Thomas Unterthiner and Daniel Keysers and Skanda Koppula and Fangyu Liu and Adam Grycner and Alexey Gritsenko and Neil Houlsby and Manoj Kumar and Keran Rong and Julian Eisenschlos and Rishabh Kabra and Matthias Bauer and Matko Bošnjak and Xi Chen and Matthias Minderer and Paul Voigtlaender and Ioana Bica and Ivana Balazevic and Joan Puigcerver and Pinelopi Papalampidi and Olivier Henaff and Xi Xiong and Radu Soricut and Jeremiah Harmsen and Xiaohua Zhai},\n      year={2024},\n      eprint={2407.07726},\n      archivePrefix={arXiv},\n      primaryClass={cs.CV},\n      url={https://arxiv.org/abs/2407.07726}, \n}"
        },
        {
            "2303.15343", ["Sigmoid Loss for Language Image Pre-Training", "cs.CV"],
            "Xiaohua Zhai;Basil Mustafa;Alexander Kolesnikov;Lucas Beyer", 2023, "zhai2023sigmoidlosslanguageimage",
            "@misc{zhai2023sigmoidlosslanguageimage,\n      title={Sigmoid Loss for Language Image Pre-Training}, \n      author={Xiaohua Zhai and Basil Mustafa and Alexander Kolesnikov and Lucas Beyer},\n      year={2023},\n      eprint={2303.15343},\n      archivePrefix={arXiv},\n      primaryClass={cs.CV},\n      url={https://arxiv.org/abs/2303.15343}, \n}"
        },
        {
            "2405.14681", ["Recursive PAC-Bayes: A Frequentist Approach to Sequential Prior Updates with No Information Loss", "cs.LG"],
            "Yi-Shan Wu;Yijie Zhang;Badr-Eddine Chérief-Abdellatif;Yevgeny Seldin", 2024, "wu2024recursivepacbayesfrequentistapproach",
            "@misc{wu2024recursivepacbayesfrequentistapproach,\n      title={Recursive PAC-Bayes: A Frequentist Approach to Sequential Prior Updates with No Information Loss}, \n      author={Yi-Shan Wu and Yijie Zhang and Badr-Eddine Chérief-Abdellatif and Yevgeny Seldin},\n      year={2024},\n      eprint={2405.14681},\n      archivePrefix={arXiv},\n      primaryClass={cs.LG},\n      url={https://arxiv.org/abs/2405.14681}, \n}"
        },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void Matches_arXivs_export_byte_for_byte(string id, string[] titleAndClass, string authors, int latestYear, string key, string expected)
    {
        var paper = Papers.Arxiv(id, titleAndClass[0], authors.Split(';'), titleAndClass[1], updated: new DateOnly(latestYear, 6, 1));

        Assert.Equal(key, CitationKeyGenerator.Generate(paper, CitationKeyFormat.Arxiv));
        Assert.Equal(expected, BibtexWriter.Write(paper, BibtexStyle.Arxiv, key));
    }

    [Fact]
    public void Doi_goes_between_primaryClass_and_url_as_arXivs_code_puts_it()
    {
        var paper = Papers.Arxiv("1401.2910", "Defining and detecting quantum speedup", ["Troels F. Rønnow", "Zhihui Wang"],
            "quant-ph", updated: new DateOnly(2014, 7, 25), doi: "10.1126/science.1252319");

        var entry = BibtexWriter.Write(paper, BibtexStyle.Arxiv, "k");

        Assert.Contains("      primaryClass={quant-ph},\n      doi={https://doi.org/10.1126/science.1252319},\n      url={https://arxiv.org/abs/1401.2910}, \n}", entry, StringComparison.Ordinal);
        Assert.Contains("author={Troels F. Rønnow and Zhihui Wang},", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_is_that_of_the_latest_version_and_falls_back_to_the_id_and_an_unknown_class_is_left_out()
    {
        var revised = Papers.Arxiv("1706.03762", "Attention Is All You Need", ["Ashish Vaswani"], "cs.CL",
            published: new DateOnly(2017, 6, 12), updated: new DateOnly(2023, 8, 2));
        var bare = Papers.Arxiv("1706.03762", "Attention Is All You Need", ["Ashish Vaswani"]);

        Assert.Contains("year={2023}", BibtexWriter.Write(revised, BibtexStyle.Arxiv, "k"), StringComparison.Ordinal);
        Assert.Contains("year={2017}", BibtexWriter.Write(bare, BibtexStyle.Arxiv, "k"), StringComparison.Ordinal);
        Assert.DoesNotContain("primaryClass", BibtexWriter.Write(bare, BibtexStyle.Arxiv, "k"), StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_without_authors_gets_a_sort_key_instead()
    {
        var paper = Papers.TitleOnly("Str2Str: A Score-based Framework");

        Assert.Equal("@misc{k,\n      title={Str2Str: A Score-based Framework}, \n      key={Str2Str: A Score-based Framework},\n}",
            BibtexWriter.Write(paper, BibtexStyle.Arxiv, "k"));
    }

    [Fact]
    public void Paper_without_an_id_gets_a_misc_entry_with_what_is_known()
    {
        var paper = Papers.TitleOnly("Pre-Training and Fine-Tuning Generative Flow Networks", ["Ling Pan"], new DateOnly(2023, 10, 5), "https://openreview.net/forum?id=ylhiC_N5yD");

        Assert.Equal(
            "@misc{k,\n      title={Pre-Training and Fine-Tuning Generative Flow Networks}, \n      author={Ling Pan},\n      year={2023},\n      url={https://openreview.net/forum?id=ylhiC_N5yD}, \n}",
            BibtexWriter.Write(paper, BibtexStyle.Arxiv, "k"));
    }
}
