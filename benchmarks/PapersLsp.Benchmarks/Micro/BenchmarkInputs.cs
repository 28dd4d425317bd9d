using System.Collections.Concurrent;
using System.Text;
using PapersLsp.Benchmarks.Generators;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// The texts the micro-benchmarks read, by short name: real corpus files, and generated ones (made in memory with the
/// same generators and seeds as the files <c>generate</c> writes for the peers, so both sides read the same text).
/// </summary>
public static class BenchmarkInputs
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public const string DairAi = "dair-ai.md";
    public const string CvArxivDaily = "cv-arxiv-daily.md";
    public const string HepmlReadme = "HEPML-README.md";
    public const string Note1Mb = "note-1mb.md";
    public const string Note10kLines = "note-10k-lines.md";
    public const string HepmlTex = "HEPML.tex";
    public const string CeleriteTex = "celerite-ms.tex";
    public const string HepmlBib = "HEPML.bib";
    public const string RefsAdsBib = "refs_ads.bib";
    public const string Cryptobib = "cryptobib-75k.bib";

    public static string Text(string name) => Cache.GetOrAdd(name, Load);

    public static int Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    private static string Load(string name) => name switch
    {
        DairAi => File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.MarkdownLists[0])),
        CvArxivDaily => File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.MarkdownLists[1])),
        HepmlReadme => File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.MarkdownLists[2])),
        Note1Mb => NoteGenerator.BySize(1_000_000),
        Note10kLines => NoteGenerator.ByLines(10_000),
        HepmlTex => File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.HepmlTex)),
        CeleriteTex => File.ReadAllText(RepositoryFiles.Corpus("latex/celerite/ms.tex")),
        HepmlBib => File.ReadAllText(RepositoryFiles.Corpus(RepositoryFiles.HepmlBib)),
        RefsAdsBib => File.ReadAllText(RepositoryFiles.Corpus("latex/lsst-texmf_refs_ads.bib")),
        Cryptobib => CryptobibGenerator.Generate().Text,
        _ => throw new ArgumentException($"unknown benchmark input {name}", nameof(name)),
    };
}
