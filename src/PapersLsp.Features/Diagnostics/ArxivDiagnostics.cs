using PapersLsp.Core.Documents;

namespace PapersLsp.Features.Diagnostics;

/// <summary>Problems with arXiv references: malformed ids, ids the catalog lacks, cited versions older than the latest.</summary>
public static class ArxivDiagnostics
{
    public static void Collect(TextDocument document, KnownPapers catalog, List<PaperDiagnostic> into)
    {
        foreach (var bad in document.Semantics.MalformedArxivReferences)
            into.Add(new PaperDiagnostic(bad.Span, DiagnosticSeverity.Error, DiagnosticCodes.MalformedArxivId,
                $"'{bad.Text}' is not a valid arXiv id: {bad.Problem}"));

        // In a .bib file an entry's id not being in the catalog is reported per entry by the citation checks.
        if (document.Language == DocumentLanguage.Bibtex) return;
        var references = document.Semantics.ArxivReferences;
        var known = catalog.Lookup(references.Select(r => r.Id));
        foreach (var reference in references)
        {
            if (!known.TryGetValue(reference.Id.Id, out var latestVersion))
            {
                into.Add(new PaperDiagnostic(reference.IdSpan, DiagnosticSeverity.Information, DiagnosticCodes.UnknownArxivId,
                    $"arXiv:{reference.Id.VersionedId} is not in the paper catalog") { Data = reference.Id.Id });
                continue;
            }
            if (reference.Id.Version is { } cited && latestVersion is { } latest && cited < latest)
                into.Add(new PaperDiagnostic(reference.IdSpan, DiagnosticSeverity.Hint, DiagnosticCodes.OutdatedVersion,
                    $"cites v{cited} of arXiv:{reference.Id.Id}; the latest version is v{latest}") { Data = reference.Id.Id });
        }
    }
}
