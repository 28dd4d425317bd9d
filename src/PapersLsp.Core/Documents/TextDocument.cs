using PapersLsp.Core.Text;

namespace PapersLsp.Core.Documents;

/// <summary>An immutable document: its text, line index, language and the one parse of it.</summary>
public sealed class TextDocument
{
    private TextDocument(string uri, int version, string text, DocumentLanguage language, LineIndex lines, DocumentSemantics semantics)
    {
        Uri = uri;
        Version = version;
        Text = text;
        Language = language;
        Lines = lines;
        Semantics = semantics;
    }

    /// <summary>The document's URI as the client sent it (the key everywhere).</summary>
    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    public DocumentLanguage Language { get; }

    public LineIndex Lines { get; }

    public DocumentSemantics Semantics { get; }

    /// <summary>
    /// Longer texts are kept (edits still apply) but not analysed: they are not notes, and a 50 MB document dense
    /// with references costs gigabytes in diagnostics, links and hints.
    /// </summary>
    public const int MaxAnalyzedLength = 10_000_000;

    /// <summary>Parses the text; recognition never throws on bad input, so neither does this.</summary>
    public static TextDocument Create(string uri, int version, string text, DocumentLanguage language, AnalysisOptions? options = null) =>
        new(uri, version, text, language, new LineIndex(text),
            text.Length > MaxAnalyzedLength ? DocumentSemantics.Empty : DocumentAnalyzer.Analyze(text, language, options));

    public TextDocument WithText(int version, string text, AnalysisOptions? options = null) => Create(Uri, version, text, Language, options);
}
