using Newtonsoft.Json.Linq;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Features.Diagnostics;
using PapersLsp.Server.Protocol;
using PapersLsp.Server.Services;

namespace PapersLsp.Server.Handlers;

/// <summary>"Look up on arXiv" code actions for the ids under the cursor that the catalog lacks.</summary>
public static class ArxivLookupActions
{
    public static IEnumerable<CodeAction> For(TextDocument document, TextSpan range, IPaperCatalog catalog, IReadOnlyList<Diagnostic>? diagnostics)
    {
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in document.Semantics.ArxivReferences)
        {
            var touches = reference.Span.ContainsOrTouches(range.Start) || (range.Start <= reference.Span.Start && reference.Span.Start < range.End);
            if (!touches || !offered.Add(reference.Id.Id) || catalog.Get(reference.Id) is not null) continue;
            var title = $"Look up arXiv:{reference.Id.Id} on arXiv";
            yield return new CodeAction
            {
                Title = title,
                Kind = "quickfix",
                Diagnostics = diagnostics?.Where(d => d.Code == DiagnosticCodes.UnknownArxivId && d.Data is JValue { Type: JTokenType.String } data && (string?)data == reference.Id.Id).ToArray() is { Length: > 0 } fixes ? fixes : null,
                Command = new Command(title, OnlineLookupService.LookupCommand, new JArray(reference.Id.Id)),
            };
        }
    }
}
