using System.Collections.Immutable;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Citations;
using PapersLsp.Features.Diagnostics;
using PapersLsp.Features.Tests.Bibtex;

namespace PapersLsp.Features.Tests.Citations;

/// <summary>The citation features on the corpus' real, big bibliographies.</summary>
public sealed class LargeBibliographyTests
{
    private static TextDocument Read(string name, params string[] path)
    {
        var file = RepoFiles.Path(["tests", "corpus", .. path]);
        return TextDocument.Create("file:///hepml/" + name, 1, File.ReadAllText(file), DocumentLanguages.FromPath(file));
    }

    [Fact]
    public void Every_key_the_HEPML_review_cites_is_defined_in_its_bibliography()
    {
        var tex = Read("HEPML.tex", "latex", "HEPML", "HEPML.tex");
        var bib = Read("HEPML.bib", "latex", "HEPML", "HEPML.bib");
        var snapshot = new WorkspaceSnapshot { OpenDocuments = ImmutableDictionary<string, TextDocument>.Empty.Add(tex.Uri, tex).Add(bib.Uri, bib) };
        var catalog = new Core.Catalog.InMemoryPaperCatalog();

        Assert.Equal(2423, Bibliographies.Entries(snapshot, tex).Count());
        var texDiagnostics = DocumentDiagnostics.Compute(snapshot, tex, catalog);
        Assert.DoesNotContain(texDiagnostics, d => d.Code == DiagnosticCodes.UndefinedKey);
        var bibDiagnostics = DocumentDiagnostics.Compute(snapshot, bib, catalog);
        Assert.DoesNotContain(bibDiagnostics, d => d.Code == DiagnosticCodes.UnusedEntry); // above 1,000 entries: off unless asked
        Assert.Equal(2376, bibDiagnostics.Where(d => d.Code == DiagnosticCodes.UnknownEntryArxivId).Select(d => d.Data).Distinct().Count());

        var occurrences = CitationTarget.Occurrences(snapshot, "Larkoski:2017jix", includeDefinitions: true);
        Assert.Contains(occurrences, o => o.IsDefinition);
        Assert.Contains(occurrences, o => !o.IsDefinition);
    }
}
