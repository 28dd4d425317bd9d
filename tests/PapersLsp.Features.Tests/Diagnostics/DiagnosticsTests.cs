using PapersLsp.Core.Settings;
using PapersLsp.Features.Diagnostics;
using PapersLsp.Features.InlayHints;
using PapersLsp.Features.Tests.Fixtures;

namespace PapersLsp.Features.Tests.Diagnostics;

public sealed class DiagnosticsTests
{
    private const string Catalog = """
        %! catalog.jsonl
        {"id":"1706.03762","title":"Attention Is All You Need","authors":["Ashish Vaswani"],"version":7,"abstract":"Transformers."}
        """;

    /// <summary>Diagnostics rendered one per line: "line:col-col severity code: message".</summary>
    private static string[] Render(Fixture f, string file)
    {
        var doc = f.Document(file);
        return DocumentDiagnostics.Compute(f.Snapshot, doc, f.Catalog).Select(d =>
        {
            var s = doc.Lines.GetPosition(d.Span.Start);
            var e = doc.Lines.GetPosition(d.Span.End);
            return $"{s.Line}:{s.Character}-{e.Character} {d.Severity} {d.Code}: {d.Message}";
        }).ToArray();
    }

    [Fact]
    public void Arxiv_problems_are_reported_with_codes_and_severities()
    {
        var f = Fixture.Parse("""
            %! notes.md
            arXiv:2413.12345 and arXiv:2410.123456 are malformed.
            1706.03762v2 is outdated, 2410.15661 is unknown, 1706.03762 is fine.
            And the DOI 10.48550/arXiv.1706.03762 of the same paper is fine too.
            """ + "\n" + Catalog);
        Assert.Equal(
        [
            "0:0-16 Error malformed-arxiv-id: 'arXiv:2413.12345' is not a valid arXiv id: month 13 does not exist",
            "0:21-38 Error malformed-arxiv-id: 'arXiv:2410.123456' is not a valid arXiv id: ids from 2024 have 5 digits after the dot, not 6",
            "1:0-12 Hint outdated-version: cites v2 of arXiv:1706.03762; the latest version is v7",
            "1:26-36 Information unknown-arxiv-id: arXiv:2410.15661 is not in the paper catalog",
        ], Render(f, "notes.md"));
    }

    [Fact]
    public void Citation_problems_in_documents_and_bibliographies()
    {
        var f = Fixture.Parse("""
            %! paper.tex
            \cite{known, missing}
            \bibliography{refs}
            %! refs.bib
            @misc{known, title = {Known}}
            @misc{known, title = {Again}}
            @misc{unused, title = {Unused}, eprint = {2410.15661}, archivePrefix = {arXiv}}
            """ + "\n" + Catalog);
        Assert.Equal(["0:13-20 Error undefined-key: citation key 'missing' is undefined: not in refs.bib"], Render(f, "paper.tex"));
        Assert.Equal(
        [
            "1:6-11 Error duplicate-key: duplicate key 'known'",
            "2:6-12 Information unknown-entry-arxiv-id: arXiv:2410.15661 (unused) is not in the paper catalog",
            "2:6-12 Hint unused-entry: 'unused' is not cited anywhere in the workspace",
        ], Render(f, "refs.bib"));
    }

    [Theory]
    [InlineData("%! paper.tex\n\\nocite{*}\n\\bibliography{refs}\n", 0)]
    [InlineData("%! paper.tex\n% \\nocite{*}\n\\cite{cited}\n\\bibliography{refs}\n", 1)]
    [InlineData("%! notes.md\n---\nbibliography: refs.bib\nnocite: '@*'\n---\nText.\n", 0)]
    [InlineData("%! notes.md\n---\nbibliography: refs.bib\nnocite: |\n  @other\n---\nSee [@cited].\n", 0)]
    [InlineData("%! notes.md\n---\nbibliography: refs.bib\n---\nSee [@cited].\n", 1)]
    public void Nocite_counts_as_citing(string document, int unused)
    {
        var f = Fixture.Parse(document + "%! refs.bib\n@misc{cited, title = {A}}\n@misc{other, title = {B}}\n" + Catalog);
        Assert.Equal(unused, Render(f, "refs.bib").Count(d => d.Contains("unused-entry", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_mentions_are_not_undefined_keys_when_there_is_no_bibliography()
    {
        var f = Fixture.Parse("%! notes.md\nThanks to @alice for the review.\n" + Catalog);
        Assert.Empty(Render(f, "notes.md"));
    }

    [Fact]
    public void Diagnostics_can_be_turned_off()
    {
        var settings = PapersSettings.Default with { Diagnostics = new DiagnosticSettings { Enabled = false } };
        var f = Fixture.Parse("%! notes.md\narXiv:2413.12345\n" + Catalog, settings);
        Assert.Empty(Render(f, "notes.md"));
    }

    [Fact]
    public void Title_hints_follow_bare_ids_and_id_links_but_not_titled_links()
    {
        var f = Fixture.Parse("""
            %! notes.md
            Bare 1706.03762 here.
            [1706.03762](https://arxiv.org/abs/1706.03762) is an id link.
            [Attention Is All You Need](https://arxiv.org/abs/1706.03762) already has its title.
            """ + "\n" + Catalog);
        var doc = f.Document("notes.md");
        var hints = TitleHints.Create(doc, new Core.Text.TextSpan(0, doc.Text.Length), f.Catalog, 20);
        Assert.Equal(["0:15 ▸ Attention Is All…", "1:46 ▸ Attention Is All…"], // cut at a word, within 20 characters
            hints.Select(h => $"{doc.Lines.GetPosition(h.Offset)} {h.Label}").ToArray());
        Assert.Equal("Transformers\\.", hints[0].Tooltip);
    }
}
