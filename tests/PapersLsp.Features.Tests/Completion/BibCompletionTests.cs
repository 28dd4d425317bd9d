using PapersLsp.Features.Completion;
using PapersLsp.Features.Symbols;
using PapersLsp.Features.Tests.Fixtures;

namespace PapersLsp.Features.Tests.Completion;

public sealed class BibCompletionTests
{
    private const string Catalog = """
        %! catalog.jsonl
        {"id":"2410.15661","title":"Scalable Data Ablation Approximations","authors":["Clara Na"],"published":"2024-10-21","category":"cs.CL"}
        """;

    [Theory]
    [InlineData("@arxiv scalable")]
    [InlineData("@arXiv:2410.156")]
    [InlineData("2410.156")]
    public void Between_entries_typing_arxiv_or_an_id_offers_the_whole_entry_with_a_fresh_key(string typed)
    {
        var f = Fixture.Parse($"""
            %! refs.bib
            @misc{"{"}na2024scalable, title = {"{"}Taken{"}"}{"}"}

            {typed}
            {new string(' ', typed.Length)}|
            """ + "\n" + Catalog);
        var item = Assert.Single(PaperCompletion.Complete(f.Snapshot, f.Current, f.Cursor, false, f.Catalog).Items);
        Assert.StartsWith("@misc{na2024scalablea,", item.InsertText, StringComparison.Ordinal);
        Assert.Contains("eprint={2410.15661}", item.InsertText, StringComparison.Ordinal);
        Assert.Equal(typed.Length, item.Replace.Length);
    }

    [Fact]
    public void Inside_an_entry_there_is_no_entry_completion()
    {
        var f = Fixture.Parse("""
            %! refs.bib
            @misc{k, note = {2410.156
                                     |
            }
            """ + "\n" + Catalog);
        Assert.Empty(PaperCompletion.Complete(f.Snapshot, f.Current, f.Cursor, false, f.Catalog).Items);
    }

    [Fact]
    public void Workspace_symbols_list_bib_entries_then_catalog_papers()
    {
        var f = Fixture.Parse("""
            %! refs.bib
            @misc{other2020ablation, title = {Ablation Studies}}
            """ + "\n" + Catalog);
        var symbols = WorkspaceSymbols.Search(f.Snapshot, "ablation", f.Catalog);
        Assert.Equal(["other2020ablation file:///fixture/refs.bib", "Scalable Data Ablation Approximations https://arxiv.org/abs/2410.15661"],
            symbols.Select(s => $"{s.Name} {s.Uri}").ToArray());
    }
}
