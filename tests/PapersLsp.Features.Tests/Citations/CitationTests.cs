using PapersLsp.Features.Citations;
using PapersLsp.Features.Tests.Fixtures;

namespace PapersLsp.Features.Tests.Citations;

public sealed class CitationTests
{
    private const string Workspace = """
        %! paper.tex
        \addbibresource{refs.bib}
        \textcite{vaswani2017} and \parencite[see][]{other,
            vaswani2017}.
        %! notes.md
        ---
        bibliography: refs.bib
        ---
        As [@vaswani2017, p. 3] says.
        %! refs.bib
        @article{vaswani2017,
          title = {Attention Is {All} You Need},
          author = {Vaswani, Ashish and Shazeer, Noam},
          journal = {NeurIPS},
          year = {2017},
          eprint = {1706.03762},
          archivePrefix = {arXiv},
        }
        @misc{other, title = {Other}}
        %! catalog.jsonl
        {"id":"1706.03762","title":"Attention Is All You Need","abstract":"The dominant sequence transduction models."}
        """;

    [Fact]
    public void A_key_is_found_under_the_cursor_and_its_definition_in_the_bibliography()
    {
        var f = Fixture.Parse(Workspace);
        var tex = f.Document("paper.tex");
        var target = CitationTarget.At(tex, tex.Text.IndexOf("vaswani2017", StringComparison.Ordinal) + 3)!;
        Assert.Equal("vaswani2017", target.Key);
        var definition = Assert.Single(CitationTarget.Definitions(f.Snapshot, tex, target.Key));
        Assert.Equal(Fixture.Uri("refs.bib"), definition.Document.Uri);
        Assert.Equal("@article{vaswani2017,".Length - "vaswani2017,".Length, definition.Entry.KeySpan.Start);
    }

    [Fact]
    public void References_cover_latex_markdown_and_the_entry()
    {
        var f = Fixture.Parse(Workspace);
        var occurrences = CitationTarget.Occurrences(f.Snapshot, "vaswani2017", includeDefinitions: true)
            .Select(o => $"{o.Document.Uri[16..]}:{o.Document.Lines.GetPosition(o.Span.Start)}{(o.IsDefinition ? " def" : "")}").ToArray();
        Assert.Equal(["notes.md:3:5", "paper.tex:1:10", "paper.tex:2:4", "refs.bib:0:9 def"], occurrences);
    }

    [Fact]
    public void Hover_on_a_key_renders_the_entry_and_the_catalog_abstract()
    {
        var f = Fixture.Parse(Workspace);
        var md = f.Document("notes.md");
        var hover = CitationHover.Create(f.Snapshot, md, md.Text.IndexOf("vaswani", StringComparison.Ordinal), f.Catalog)!;
        Assert.StartsWith("### Attention Is All You Need", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Ashish Vaswani, Noam Shazeer", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("*NeurIPS* · 2017", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("The dominant sequence transduction models\\.", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("https://arxiv.org/abs/1706.03762", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bib_outline_and_folding()
    {
        var f = Fixture.Parse(Workspace);
        var bib = f.Document("refs.bib");
        Assert.Equal(["vaswani2017 Attention Is All You Need", "other Other"], BibSymbols.For(bib).Select(s => $"{s.Name} {s.Detail}").ToArray());
        Assert.Equal([(0, 7)], BibSymbols.Folds(bib)); // the one-line entry does not fold
    }

    [Fact]
    public void Code_actions_on_an_id_add_bibtex_and_replace_it_with_a_citation()
    {
        var f = Fixture.Parse("""
            %! paper.tex
            \bibliography{refs}
            We build on arXiv:2410.15661 here.
            %! refs.bib
            @misc{other, title = {Other}}
            %! catalog.jsonl
            {"id":"2410.15661","title":"Scalable Data Ablation","authors":["Clara Na"],"published":"2024-10-21"}
            """);
        var tex = f.Document("paper.tex");
        var at = tex.Text.IndexOf("arXiv:", StringComparison.Ordinal);
        var actions = CitationActions.For(f.Snapshot, tex, new Core.Text.TextSpan(at, 0), f.Catalog);
        Assert.Equal(
        [
            "Add BibTeX for “Scalable Data Ablation” to refs.bib",
            "Add BibTeX to refs.bib and replace the id with \\cite{na2024scalable}",
            "Copy BibTeX for “Scalable Data Ablation”",
        ], actions.Select(a => a.Title).ToArray());
        var replace = actions[1];
        Assert.Equal(2, replace.Edits.Count);
        Assert.StartsWith("\n@misc{na2024scalable,", replace.Edits[0].NewText, StringComparison.Ordinal);
        Assert.Equal("\\cite{na2024scalable}", replace.Edits[1].NewText);
        Assert.Equal(CitationActions.CopyBibtexCommand, actions[2].ClientCommand);
    }

    [Fact]
    public void Undefined_key_quick_fix_adds_the_entry_under_that_key_when_the_key_resolves()
    {
        var f = Fixture.Parse("""
            %! paper.tex
            \bibliography{refs}
            \cite{na2024scalable}
            %! refs.bib
            @misc{other, title = {Other}}
            %! catalog.jsonl
            {"id":"2410.15661","title":"Scalable Data Ablation","authors":["Clara Na"],"published":"2024-10-21"}
            """);
        var tex = f.Document("paper.tex");
        var action = Assert.Single(CitationActions.For(f.Snapshot, tex, new Core.Text.TextSpan(tex.Text.IndexOf("na2024", StringComparison.Ordinal), 1), f.Catalog));
        Assert.True(action.IsQuickFix);
        Assert.Contains("@misc{na2024scalable,", action.Edits[0].NewText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2410.15661")]
    [InlineData("arXiv:2410.15661v2")]
    [InlineData("ARXIV:2410.15661")]
    public void An_undefined_key_that_is_an_arxiv_id_resolves_to_that_paper(string key)
    {
        var cite = $"\\cite{{{key}}}";
        var f = Fixture.Parse($$$"""
            %! paper.tex
            \bibliography{refs}
            {{{cite}}}
            %! refs.bib
            @misc{other, title = {Other}}
            %! catalog.jsonl
            {"id":"2410.15661","title":"Scalable Data Ablation","authors":["Clara Na"],"published":"2024-10-21"}
            """);
        var tex = f.Document("paper.tex");
        var citation = Assert.Single(tex.Semantics.Citations);
        Assert.Equal(key, citation.Key);
        Assert.Empty(tex.Semantics.ArxivReferences); // so the key itself, not an id nearby, names the paper
        Assert.Equal("2410.15661", CitationActions.ResolveKey(tex, citation, f.Catalog, Core.Settings.CitationKeyFormat.Google)?.Key);
    }
}
