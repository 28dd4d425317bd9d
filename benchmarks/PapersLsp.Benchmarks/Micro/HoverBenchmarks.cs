using BenchmarkDotNet.Attributes;
using PapersLsp.Benchmarks.Generators;
using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Kaggle;
using PapersLsp.Catalog.Sqlite;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Hover;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// Hover rendering of the real snapshot records (LaTeX made readable, escaping, links), and the whole arXiv hover on
/// the ids of a Markdown list (find the reference, catalog lookup, render).
/// </summary>
public class HoverBenchmarks
{
    private const int HoversPerInvoke = 100;
    private PaperRecord[] _records = [];
    private SqlitePaperCatalog? _catalog;
    private TextDocument? _document;
    private int[] _offsets = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var stream = File.OpenRead(RepositoryFiles.Corpus(RepositoryFiles.KaggleSlice)))
            _records = [.. new KaggleSnapshotImporter().Read(stream, ImportOrigin.Now("slice")).Where(i => i.Paper is not null).Select(i => i.Paper!)];
        _catalog = BenchmarkCatalog.Open();
        _document = TextDocument.Create("file:///bench/dair-ai.md", 1, BenchmarkInputs.Text(BenchmarkInputs.DairAi), DocumentLanguage.Markdown);
        _offsets = [.. _document.Semantics.ArxivReferences.Select(r => r.IdSpan.Start + 2)];
    }

    [GlobalCleanup]
    public void Cleanup() => _catalog?.Dispose();

    /// <summary>Renders each of the 85 real records once; the time is per record.</summary>
    [Benchmark(OperationsPerInvoke = 85)]
    public int RenderPaperMarkdown()
    {
        var length = 0;
        foreach (var record in _records) length += PaperMarkdown.Render(record).Length;
        return length;
    }

    /// <summary>One hover per call on successive ids of the dair-ai list (1,105 references); the time is per hover.</summary>
    [Benchmark(OperationsPerInvoke = HoversPerInvoke)]
    public int ArxivHoverOnList()
    {
        var length = 0;
        for (var i = 0; i < HoversPerInvoke; i++)
            length += ArxivHover.Create(_document!, _offsets[i * 11 % _offsets.Length], _catalog!)?.Markdown.Length ?? 0;
        return length;
    }
}
