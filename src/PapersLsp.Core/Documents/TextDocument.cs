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
    /// Longer notes are kept (edits still apply) but not analysed: they are not notes, and a 50 MB document dense
    /// with references costs gigabytes in Markdig's syntax tree, diagnostics, links and hints.
    /// </summary>
    public const int MaxAnalyzedLength = 10_000_000;

    /// <summary>
    /// BibTeX is parsed by our own lean parser and real bibliographies are big (cryptobib is 20 MB), so .bib files
    /// get a larger limit.
    /// </summary>
    public const int MaxAnalyzedBibLength = 64_000_000;

    private static bool IsAnalysed(string text, DocumentLanguage language) =>
        text.Length <= (language == DocumentLanguage.Bibtex ? MaxAnalyzedBibLength : MaxAnalyzedLength);

    /// <summary>Parses the text; recognition never throws on bad input, so neither does this.</summary>
    public static TextDocument Create(string uri, int version, string text, DocumentLanguage language, AnalysisOptions? options = null) =>
        new(uri, version, text, language, new LineIndex(text),
            IsAnalysed(text, language) ? DocumentAnalyzer.Analyze(text, language, options) : DocumentSemantics.Empty);

    public TextDocument WithText(int version, string text, AnalysisOptions? options = null) => Create(Uri, version, text, Language, options);
}
