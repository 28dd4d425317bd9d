using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Latex;
using PapersLsp.Core.Markdown;

namespace PapersLsp.Core.Documents;

/// <summary>The one parse of a document into <see cref="DocumentSemantics"/>.</summary>
public static class DocumentAnalyzer
{
    /// <summary>Recognises everything in <paramref name="text"/>; never throws on any input.</summary>
    public static DocumentSemantics Analyze(string text, DocumentLanguage language, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var sink = new SemanticsBuilder();
        switch (language)
        {
            case DocumentLanguage.Markdown:
                MarkdownScanner.Scan(text, sink);
                break;
            case DocumentLanguage.Latex:
                LatexScanner.Scan(text, options, sink);
                break;
            case DocumentLanguage.Bibtex:
                // arXiv ids in .bib fields are the BibTeX recogniser's (it knows eprint, archivePrefix, volume = abs/…).
                var bib = BibParser.Parse(text);
                BibArxivExtractor.Extract(text, bib, sink.Arxiv, sink.Malformed);
                return sink.Build() with { Bib = bib };
            default:
                ArxivScanner.Scan(text, 0, text.Length, sink.Arxiv, sink.Malformed, ArxivScanMode.Prose);
                break;
        }
        return sink.Build();
    }
}
