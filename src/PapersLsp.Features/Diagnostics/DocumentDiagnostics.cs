using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;

namespace PapersLsp.Features.Diagnostics;

/// <summary>Every diagnostic for one document, ordered by position: what the server publishes and <c>papers-lsp check</c> prints.</summary>
public static class DocumentDiagnostics
{
    public static IReadOnlyList<PaperDiagnostic> Compute(WorkspaceSnapshot snapshot, TextDocument document, IPaperCatalog catalog) =>
        Compute(snapshot, document, new KnownPapers(catalog));

    /// <summary>As above, with the catalog's answers remembered across calls (the server keeps one <see cref="KnownPapers"/>).</summary>
    public static IReadOnlyList<PaperDiagnostic> Compute(WorkspaceSnapshot snapshot, TextDocument document, KnownPapers catalog)
    {
        if (!snapshot.Settings.Diagnostics.Enabled) return [];
        var found = new List<PaperDiagnostic>();
        ArxivDiagnostics.Collect(document, catalog, found);
        CitationDiagnostics.Collect(snapshot, document, catalog, found);
        return found.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
    }
}
