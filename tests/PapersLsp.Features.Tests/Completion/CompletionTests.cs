using PapersLsp.Core.Settings;
using PapersLsp.Features.Completion;
using PapersLsp.Features.Tests.Fixtures;

namespace PapersLsp.Features.Tests.Completion;

public sealed class CompletionTests
{
    private const string Catalog = """
        %! catalog.jsonl
        {"id":"1706.03762","title":"Attention Is All You Need","authors":["Ashish Vaswani"],"published":"2017-06-12"}
        {"id":"2410.15661","title":"Scalable Data Ablation Approximations for Language Models","authors":["Clara Na"],"published":"2024-10-21"}
        {"title":"A Paper Without An Id","authors":["Nobody Known"]}
        """;

    private static CompletionResult Complete(Fixture f, bool explicitly = false) =>
        PaperCompletion.Complete(f.Snapshot, f.Current, f.Cursor, explicitly, f.Catalog);

    [Fact]
    public void After_arxiv_prefix_title_words_find_the_paper_and_insert_its_id_over_what_was_typed()
    {
        var f = Fixture.Parse("""
            %! notes.md
            See arXiv:scalable ablation
                                       |
                      ^^^^^^^^^^^^^^^^^
            """ + "\n" + Catalog);
        var result = Complete(f);
        Assert.True(result.IsIncomplete);
        var first = result.Items[0];
        Assert.Equal("Scalable Data Ablation Approximations for Language Models", first.Label);
        Assert.Equal("2410.15661", first.InsertText);
        Assert.Equal(f.Expected, first.Replace);
        Assert.Equal("Na · 2024 · 2410.15661", first.Detail);
        Assert.Equal("2410.15661", first.PaperKey);
    }

    [Fact]
    public void Exact_id_prefix_wins()
    {
        var f = Fixture.Parse("""
            %! notes.md
            arxiv.org/abs/1706.0
                                |
            """ + "\n" + Catalog);
        Assert.Equal("1706.03762", Complete(f).Items[0].InsertText);
    }

    [Fact]
    public void In_latex_cite_keys_come_from_the_bibliography_first_then_the_catalog_with_a_new_key()
    {
        var f = Fixture.Parse("""
            %! paper.tex
            \bibliography{refs}
            As shown by \citep[p.~3]{vas
                                        |
                                     ^^^
            %! refs.bib
            @article{vaswani2017attention, title = {Attention Is All You Need}, author = {Vaswani, Ashish}, year = {2017}}
            """ + "\n" + Catalog);
        var result = Complete(f);
        Assert.Equal("vaswani2017attention", result.Items[0].Label);
        Assert.Equal(f.Expected, result.Items[0].Replace);
        Assert.Contains("Vaswani · 2017 · Attention Is All You Need", result.Items[0].Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Items, i => i.PaperKey == "1706.03762"); // the same paper is in refs.bib (same title)
    }

    [Fact]
    public void Catalog_papers_in_key_completion_insert_a_generated_key_and_offer_to_add_the_entry()
    {
        var f = Fixture.Parse("""
            %! paper.tex
            \bibliography{refs}
            \cite{other, scal
                             |
            %! refs.bib
            @misc{other, title = {Other}}
            """ + "\n" + Catalog);
        var item = Assert.Single(Complete(f).Items, i => i.PaperKey == "2410.15661");
        Assert.Equal("na2024scalable", item.InsertText);
        Assert.Equal(new AddBibtexAction(Fixture.Uri("refs.bib"), "2410.15661", "na2024scalable"), item.AddBibtex);
    }

    [Fact]
    public void Pandoc_citations_complete_keys_but_email_addresses_do_not()
    {
        var f = Fixture.Parse("""
            %! notes.md
            ---
            bibliography: refs.bib
            ---
            As [@vasw
                     |
            %! refs.bib
            @article{vaswani2017attention, title = {Attention Is All You Need}}
            """ + "\n" + Catalog);
        Assert.Equal("vaswani2017attention", Complete(f).Items[0].InsertText);
        var mail = Fixture.Parse("""
            %! notes.md
            write to someone@vasw
                                 |
            """ + "\n" + Catalog);
        Assert.Empty(Complete(mail).Items);
    }

    [Theory]
    [InlineData(MarkdownInsertFormat.Link, "[Attention Is All You Need](https://arxiv.org/abs/1706.03762)")]
    [InlineData(MarkdownInsertFormat.Id, "arXiv:1706.03762")]
    public void Explicit_completion_of_a_word_in_markdown_inserts_per_setting(MarkdownInsertFormat format, string expected)
    {
        var settings = PapersSettings.Default with { Markdown = new MarkdownSettings { InsertFormat = format } };
        var f = Fixture.Parse("""
            %! notes.md
            The transformer paper Attention
                                           |
            """ + "\n" + Catalog, settings);
        var items = PaperCompletion.Complete(f.Snapshot, f.Current, f.Cursor, true, f.Catalog).Items;
        Assert.Equal(expected, items[0].InsertText);
        Assert.Empty(PaperCompletion.Complete(f.Snapshot, f.Current, f.Cursor, false, f.Catalog).Items); // only on explicit invocation
    }

    [Fact]
    public void Explicit_completion_in_latex_cites_the_key_when_the_paper_is_in_the_bibliography()
    {
        var f = Fixture.Parse("""
            %! paper.tex
            \bibliography{refs}
            Transformers attention
                                  |
            %! refs.bib
            @article{vaswani2017attention, title = {Attention Is All You Need}, eprint = {1706.03762}, archivePrefix = {arXiv}}
            """ + "\n" + Catalog);
        var items = PaperCompletion.Complete(f.Snapshot, f.Current, f.Cursor, true, f.Catalog).Items;
        Assert.Equal("\\cite{vaswani2017attention}", items[0].InsertText);
    }

    [Fact]
    public void Resolve_fills_the_abstract_lazily()
    {
        var f = Fixture.Parse("%! notes.md\nx\n" + Catalog);
        Assert.Contains("### Attention Is All You Need", PaperCompletion.Documentation(f.Catalog, "1706.03762"), StringComparison.Ordinal);
        Assert.Null(PaperCompletion.Documentation(f.Catalog, "0000.00000"));
    }
}
