using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;
using PapersLsp.Features.Citations;
using PapersLsp.Features.Tests.Fixtures;

namespace PapersLsp.Features.Tests.Citations;

/// <summary>Global bibliographies from settings are found by the same path rule as catalog sources (<see cref="UserPath"/>).</summary>
public sealed class GlobalBibliographyTests
{
    private const string Workspace = """
        %! paper.tex
        \cite{shared}
        %! shared/refs.bib
        @misc{shared, title = {Shared}}
        %! local.bib
        @misc{local, title = {Local}}
        """;

    private static PapersSettings Global(string path) => PapersSettings.Default with { Bibtex = new() { GlobalBibliographies = [path] } };

    [Theory]
    [InlineData("shared/refs.bib")]
    [InlineData("./shared/../shared/refs.bib")]
    public void A_relative_global_bibliography_is_resolved_against_the_workspace_folder(string setting)
    {
        var f = Fixture.Parse(Workspace, Global(setting));
        var used = Bibliographies.For(f.Snapshot, f.Document("paper.tex"));
        Assert.Equal([Fixture.Uri("shared/refs.bib")], used.Select(d => d.Uri));
    }

    [Theory]
    [InlineData("~/refs.bib")]
    [InlineData("$HOME/refs.bib")]
    [InlineData("${HOME}/refs.bib")]
    public void A_global_bibliography_in_the_home_folder_is_found_however_it_is_written(string setting)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var uri = new Uri(Path.Combine(home, "refs.bib")).AbsoluteUri;
        var f = Fixture.Parse(Workspace, Global(setting));
        var snapshot = f.Snapshot with
        {
            OpenDocuments = f.Snapshot.OpenDocuments.Add(uri, TextDocument.Create(uri, 1, "@misc{home, title = {Home}}\n", DocumentLanguage.Bibtex)),
        };
        Assert.Equal([uri], Bibliographies.For(snapshot, f.Document("paper.tex")).Select(d => d.Uri));
    }

    [Fact]
    public void An_unusable_global_bibliography_leaves_the_workspace_bibliographies_in_use()
    {
        var f = Fixture.Parse(Workspace, Global("$PAPERS_LSP_UNSET_FOR_TEST/refs.bib"));
        var used = Bibliographies.For(f.Snapshot, f.Document("paper.tex"));
        Assert.Equal([Fixture.Uri("local.bib"), Fixture.Uri("shared/refs.bib")], used.Select(d => d.Uri));
    }
}
