using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Completion;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// Citation-key completion in <c>\cite{…}</c> with the cryptobib-scale bibliography (75 k entries) open, typed one
/// character at a time on an unchanged .bib: the time is per keystroke. The catalog is empty, so the figures are the
/// bibliography's part alone.
/// </summary>
public class KeyCompletionBenchmarks
{
    private const int Keystrokes = 8;
    private readonly KeyCompletionTyping _typing = new();

    /// <summary>What is typed: an entry's key, or its first author's family name and a title word.</summary>
    [Params("key", "author title")]
    public string Typing { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _typing.Prepare(Typing, Keystrokes);

    /// <summary>Eight keystrokes spread over the typed text; the first call of the run builds the .bib's index.</summary>
    [Benchmark(OperationsPerInvoke = Keystrokes)]
    public int NextKeystrokes()
    {
        var items = 0;
        foreach (var tex in _typing.Keystrokes) items += _typing.Complete(tex);
        return items;
    }
}

/// <summary>
/// The first key completion after the cryptobib-scale .bib changed: a new version of it (parsed again, not timed),
/// then one keystroke, which pays for indexing the new version.
/// </summary>
[InvocationCount(1)]
public class KeyCompletionAfterBibEditBenchmarks
{
    private readonly KeyCompletionTyping _typing = new();

    [Params("key", "author title")]
    public string Typing { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _typing.Prepare(Typing, 1);

    [IterationSetup]
    public void NewVersion() => _typing.NewBibVersion();

    [Benchmark]
    public int FirstKeystrokeOnNewVersion() => _typing.Complete(_typing.Keystrokes[^1]);
}

/// <summary>The open cryptobib-scale .bib and the LaTeX documents of successive keystrokes in <c>\cite{…}</c>.</summary>
internal sealed class KeyCompletionTyping
{
    private readonly InMemoryPaperCatalog _catalog = new();
    private string _bibText = "";
    private TextDocument? _bib;
    private WorkspaceSnapshot _snapshot = WorkspaceSnapshot.Empty;

    public TextDocument[] Keystrokes { get; private set; } = [];

    public void Prepare(string typing, int keystrokes)
    {
        _bibText = BenchmarkInputs.Text(BenchmarkInputs.Cryptobib);
        Open(TextDocument.Create("file:///bench/cryptobib.bib", 1, _bibText, DocumentLanguage.Bibtex));
        // An entry in the middle of the file with a title and an author: its text is what the user types.
        var entries = _bib!.Semantics.Bib.Entries;
        var entry = entries.Skip(entries.Count / 2).First(e => e["title"] is not null && e["author"] is not null);
        var author = LatexText.ToReadable(entry["author"]).Split(" and ")[0].Split(' ', ',')[^1];
        var word = LatexText.ToReadable(entry["title"]).Split(' ').OrderByDescending(w => w.Length).First();
        var typed = typing == "key" ? entry.Key : $"{author} {word}";
        Keystrokes = [.. Enumerable.Range(1, keystrokes)
            .Select(i => typed[..Math.Max(1, typed.Length * i / keystrokes)])
            .Select((text, i) => TextDocument.Create("file:///bench/paper.tex", i + 1, "As shown in \\cite{" + text, DocumentLanguage.Latex))];
    }

    /// <summary>A new version of the .bib with the same text, as after an edit.</summary>
    public void NewBibVersion() => Open(TextDocument.Create("file:///bench/cryptobib.bib", _bib!.Version + 1, _bibText, DocumentLanguage.Bibtex));

    public int Complete(TextDocument tex) =>
        PaperCompletion.Complete(_snapshot, tex, tex.Text.Length, explicitlyInvoked: false, _catalog).Items.Count;

    private void Open(TextDocument bib)
    {
        _bib = bib;
        _snapshot = new WorkspaceSnapshot { OpenDocuments = ImmutableDictionary<string, TextDocument>.Empty.Add(bib.Uri, bib) };
    }
}
