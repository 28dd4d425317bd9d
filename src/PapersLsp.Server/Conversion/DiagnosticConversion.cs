using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Features.Diagnostics;
using PapersLsp.Server.Protocol;

namespace PapersLsp.Server.Conversion;

/// <summary>Our diagnostics as LSP diagnostics.</summary>
public static class DiagnosticConversion
{
    /// <summary>Where the diagnostics documentation ships: docs/diagnostics.md next to the server.</summary>
    private static readonly string DocsUri = new Uri(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md")).AbsoluteUri;

    public static Diagnostic ToProtocol(this PaperDiagnostic diagnostic, TextDocument document, PositionEncoding encoding, Func<string, TextDocument?> findDocument) => new()
    {
        Range = document.ToProtocol(diagnostic.Span, encoding),
        Severity = (int)diagnostic.Severity,
        Code = diagnostic.Code,
        CodeDescription = new CodeDescription($"{DocsUri}#{diagnostic.Code}"),
        Message = diagnostic.Message,
        Data = diagnostic.Data is null ? null : new Newtonsoft.Json.Linq.JValue(diagnostic.Data),
        RelatedInformation = diagnostic.Related.Count == 0 ? null : diagnostic.Related
            .Select(r => findDocument(r.Uri) is { } other ? new DiagnosticRelatedInformation(new Location(r.Uri, other.ToProtocol(r.Span, encoding)), r.Message) : null)
            .OfType<DiagnosticRelatedInformation>().ToArray(),
    };
}
