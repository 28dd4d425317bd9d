using BenchmarkDotNet.Attributes;
using PapersLsp.Catalog.Sqlite;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Diagnostics;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// What the server does after the debounce on a 10 k-line note: compute the diagnostics with the catalog's answers
/// remembered from the previous keystroke (<see cref="KnownPapers"/>, the server's path), and the first time, when
/// every distinct id is looked up in one catalog call; beside the per-reference lookups the server used to make.
/// </summary>
public class DiagnosticsBenchmarks : IDisposable
{
    private SqlitePaperCatalog? _catalog;
    private KnownPapers? _known;
    private TextDocument? _document;
    private WorkspaceSnapshot _snapshot = WorkspaceSnapshot.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchmarkCatalog.Open();
        _known = new KnownPapers(_catalog);
        _document = TextDocument.Create("file:///bench/note-10k-lines.md", 1, BenchmarkInputs.Text(BenchmarkInputs.Note10kLines), DocumentLanguage.Markdown);
        _snapshot = WorkspaceSnapshot.Empty with { OpenDocuments = WorkspaceSnapshot.Empty.OpenDocuments.Add(_document.Uri, _document) };
        Console.Error.WriteLine($"// note-10k-lines: {_document.Semantics.ArxivReferences.Length} references, {_document.Semantics.ArxivReferences.Select(r => r.Id.Id).Distinct(StringComparer.Ordinal).Count()} distinct ids");
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        _catalog?.Dispose();
    }

    /// <summary>A keystroke after the first: the catalog has not changed, so its answers are remembered.</summary>
    [Benchmark]
    public int ComputeDiagnostics() => DocumentDiagnostics.Compute(_snapshot, _document!, _known!).Count;

    /// <summary>The first computation (or the first after the catalog changed): one catalog call for every distinct id.</summary>
    [Benchmark]
    public int ComputeDiagnosticsCold() => DocumentDiagnostics.Compute(_snapshot, _document!, new KnownPapers(_catalog!)).Count;

    /// <summary>The per-reference lookups the diagnostics made before <see cref="KnownPapers"/> (for comparison).</summary>
    [Benchmark]
    public int LookupEveryReference()
    {
        var found = 0;
        foreach (var reference in _document!.Semantics.ArxivReferences)
            if (_catalog!.Get(reference.Id) is not null) found++;
        return found;
    }

    /// <summary>The re-parse every keystroke costs (the server re-analyses the whole document on each change).</summary>
    [Benchmark]
    public int AnalyzeNote() => DocumentAnalyzer.Analyze(_document!.Text, DocumentLanguage.Markdown).ArxivReferences.Length;
}
