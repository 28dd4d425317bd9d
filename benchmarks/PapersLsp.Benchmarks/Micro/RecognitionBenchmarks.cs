using BenchmarkDotNet.Attributes;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Documents;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>arXiv id scanning over whole files, and the full Markdown analysis (Markdig + ids + pandoc citations).</summary>
public class MarkdownRecognitionBenchmarks
{
    private string _text = "";
    private readonly List<ArxivReference> _found = new(8192);
    private readonly List<MalformedArxivReference> _malformed = new(256);

    [Params(BenchmarkInputs.DairAi, BenchmarkInputs.CvArxivDaily, BenchmarkInputs.HepmlReadme, BenchmarkInputs.Note1Mb)]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Text(Input);

    /// <summary>The id scanner alone over the raw text (prose mode), as a lower bound for analysis.</summary>
    [Benchmark]
    public int ScanIds()
    {
        _found.Clear();
        _malformed.Clear();
        ArxivScanner.Scan(_text, 0, _text.Length, _found, _malformed);
        return _found.Count;
    }

    [Benchmark]
    public int AnalyzeMarkdown() => DocumentAnalyzer.Analyze(_text, DocumentLanguage.Markdown).ArxivReferences.Length;
}

/// <summary>LaTeX analysis (tolerant scanner: citations, ids, comments, verbatim) on real papers.</summary>
public class LatexRecognitionBenchmarks
{
    private string _text = "";

    [Params(BenchmarkInputs.HepmlTex, BenchmarkInputs.CeleriteTex)]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Text(Input);

    [Benchmark]
    public int AnalyzeLatex() => DocumentAnalyzer.Analyze(_text, DocumentLanguage.Latex).Citations.Length;
}

/// <summary>BibTeX parsing: the real HEPML.bib and refs_ads.bib, and the cryptobib-scale generated file.</summary>
public class BibParseBenchmarks
{
    private string _text = "";

    [Params(BenchmarkInputs.HepmlBib, BenchmarkInputs.RefsAdsBib, BenchmarkInputs.Cryptobib)]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Text(Input);

    [Benchmark]
    public int ParseBib() => Core.Bibtex.BibParser.Parse(_text).Entries.Count;

    /// <summary>What the server does on didOpen of a .bib: the whole document analysis (parse + arXiv ids in fields).</summary>
    [Benchmark]
    public int AnalyzeBib() => DocumentAnalyzer.Analyze(_text, DocumentLanguage.Bibtex).Bib.Entries.Count;
}
