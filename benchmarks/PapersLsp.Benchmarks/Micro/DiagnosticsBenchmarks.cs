using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PapersLsp.Catalog.Sqlite;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Diagnostics;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// What the server does after the debounce on a 10 k-line note: compute the diagnostics (one catalog lookup per
/// reference today), beside the lookups alone per reference and per distinct id (the measured cost of a possible fix).
/// </summary>
public class DiagnosticsBenchmarks : IDisposable
{
    private SqlitePaperCatalog? _catalog;
    private TextDocument? _document;
    private WorkspaceSnapshot _snapshot = WorkspaceSnapshot.Empty;
    private SqliteConnection? _raw;
    private string _distinctIdsJson = "[]";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchmarkCatalog.Open();
        _document = TextDocument.Create("file:///bench/note-10k-lines.md", 1, BenchmarkInputs.Text(BenchmarkInputs.Note10kLines), DocumentLanguage.Markdown);
        _snapshot = WorkspaceSnapshot.Empty with { OpenDocuments = WorkspaceSnapshot.Empty.OpenDocuments.Add(_document.Uri, _document) };
        _raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _catalog.Location, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _raw.Open();
        _distinctIdsJson = System.Text.Json.JsonSerializer.Serialize(_document.Semantics.ArxivReferences.Select(r => r.Id.Id).Distinct(StringComparer.Ordinal));
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
        _raw?.Dispose();
        _catalog?.Dispose();
    }

    [Benchmark]
    public int ComputeDiagnostics() => DocumentDiagnostics.Compute(_snapshot, _document!, _catalog!).Count;

    /// <summary>The arXiv part of <see cref="ComputeDiagnostics"/> (malformed, unknown and outdated ids).</summary>
    [Benchmark]
    public int CollectArxivDiagnostics()
    {
        var found = new List<PaperDiagnostic>();
        ArxivDiagnostics.Collect(_document!, _catalog!, found);
        return found.Count;
    }

    /// <summary>The citation part of <see cref="ComputeDiagnostics"/> (pandoc keys against the note's bibliography).</summary>
    [Benchmark]
    public int CollectCitationDiagnostics()
    {
        var found = new List<PaperDiagnostic>();
        CitationDiagnostics.Collect(_snapshot, _document!, _catalog!, found);
        return found.Count;
    }

    [Benchmark]
    public int LookupEveryReference()
    {
        var found = 0;
        foreach (var reference in _document!.Semantics.ArxivReferences)
            if (_catalog!.Get(reference.Id) is not null) found++;
        return found;
    }

    [Benchmark]
    public int LookupDistinctIds()
    {
        var found = 0;
        foreach (var id in _document!.Semantics.ArxivReferences.Select(r => r.Id).DistinctBy(i => i.Id, StringComparer.Ordinal))
            if (_catalog!.Get(id) is not null) found++;
        return found;
    }

    /// <summary>
    /// What diagnostics need of the catalog (is the id there, its latest version) for every distinct id in one
    /// statement on the catalog file, instead of one full record (two statements) per reference.
    /// </summary>
    [Benchmark]
    public int LookupDistinctIdsOneStatement()
    {
        using var command = _raw!.CreateCommand();
        command.CommandText = "SELECT key, latest_version FROM papers WHERE key IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", _distinctIdsJson);
        using var reader = command.ExecuteReader();
        var found = 0;
        while (reader.Read()) found++;
        return found;
    }

    /// <summary>The re-parse every keystroke costs (the server re-analyses the whole document on each change).</summary>
    [Benchmark]
    public int AnalyzeNote() => DocumentAnalyzer.Analyze(_document!.Text, DocumentLanguage.Markdown).ArxivReferences.Length;
}
