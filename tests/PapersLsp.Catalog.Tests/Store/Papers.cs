using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>Real papers (metadata as arXiv lists it) used across the store tests.</summary>
internal static class Papers
{
    public static readonly DateTimeOffset Imported = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static PaperRecord Arxiv(string id, string title, string[] authors, string published, string source = "test", string? abstractText = null)
    {
        Assert.True(ArxivId.TryParse(id, out var arxivId));
        return new PaperRecord
        {
            Key = arxivId.Id,
            ArxivId = arxivId,
            Title = title,
            Authors = authors.Select(Author).ToArray(),
            Abstract = abstractText,
            Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Sources = [new PaperSource(source, $"/data/{source}.json", Imported)],
        };
    }

    public static PaperAuthor Author(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? new PaperAuthor(name) : new PaperAuthor(name, name[..space], name[(space + 1)..]);
    }

    public static PaperRecord Attention => Arxiv("1706.03762", "Attention Is All You Need",
        ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Lukasz Kaiser", "Illia Polosukhin"], "2017-06-12");

    public static PaperRecord Bert => Arxiv("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"], "2018-10-11");

    public static PaperRecord Gpt3 => Arxiv("2005.14165", "Language Models are Few-Shot Learners",
        ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "Jared Kaplan"], "2020-05-28");

    public static PaperRecord Resnet => Arxiv("1512.03385", "Deep Residual Learning for Image Recognition",
        ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"], "2015-12-10");

    public static PaperRecord Vit => Arxiv("2010.11929", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        ["Alexey Dosovitskiy", "Lucas Beyer", "Alexander Kolesnikov", "Dirk Weissenborn"], "2020-10-22");

    public static PaperRecord Maldacena => Arxiv("hep-th/9711200", "The Large N Limit of Superconformal Field Theories and Supergravity",
        ["Juan M. Maldacena"], "1997-11-27");

    public static PaperRecord Witten => Arxiv("hep-th/9802150", "Anti De Sitter Space And Holography", ["Edward Witten"], "1998-02-20");

    /// <summary>A paper whose title mentions Vaswani, to check that the author name outranks a title word.</summary>
    public static PaperRecord AboutVaswani => Arxiv("2410.15661", "Revisiting Vaswani Attention for Long Documents", ["Maria Rossi"], "2024-10-21");

    public static PaperRecord Scaling => Arxiv("2410.15012", "Scaling Laws for Transformers in Low Resource Settings", ["Ana Pérez", "Jürgen Müller"], "2024-10-19");

    public static PaperRecord TitleOnly => new()
    {
        Key = PaperRecord.TitleKey("Sparse Mixtures of Experts without Routing"),
        Title = "Sparse Mixtures of Experts without Routing",
        AuthorCount = 7,
        Sources = [new PaperSource("seed", "000_seed.txt", Imported)],
    };

    public static PaperRecord[] All => [Attention, Bert, Gpt3, Resnet, Vit, Maldacena, Witten, AboutVaswani, Scaling, TitleOnly];
}
