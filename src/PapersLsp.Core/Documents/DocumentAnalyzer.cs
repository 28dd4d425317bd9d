namespace PapersLsp.Core.Documents;

/// <summary>The one parse of a document into <see cref="DocumentSemantics"/>.</summary>
public static class DocumentAnalyzer
{
    public static DocumentSemantics Analyze(string text, DocumentLanguage language, AnalysisOptions? options = null)
    {
        // Recognition lands in its own change; until then every document is empty of references.
        _ = text; _ = language; _ = options;
        return DocumentSemantics.Empty;
    }
}
