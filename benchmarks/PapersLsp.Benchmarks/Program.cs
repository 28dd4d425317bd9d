using PapersLsp.Benchmarks.Generators;
using PapersLsp.Benchmarks.Micro;
using PapersLsp.Benchmarks.Reporting;
using PapersLsp.Benchmarks.Scale;

namespace PapersLsp.Benchmarks;

/// <summary>
/// The benchmark suite's entry point: generators for the large inputs, the catalog-at-scale measurements, and the
/// BenchmarkDotNet micro-benchmarks (everything else on the command line goes to BenchmarkDotNet).
/// </summary>
public static class Program
{
    private const string Usage = """
        papers-lsp benchmarks
          generate kaggle --records N --out FILE [--seed S]   snapshot-shaped JSON lines (+ FILE.queries.txt)
          generate bib --out FILE [--entries N]               cryptobib-scale .bib (75 k entries by default)
          generate notes --out-dir DIR                        note-1mb.md and note-10k-lines.md
          generate vocabulary                                 sizes of the corpus vocabularies the generators draw from
          import FILE --catalog DB [--batch N]                import through the importer + store APIs, records/s
          import FILE --parse-only                            the importer alone (no store), records/s
          import-variants FILE [--records N]                  SQLite write variants on the store's schema, records/s
          search --catalog DB --queries FILE [--limit N] [--out JSON]   in-process search latency percentiles
          micro [--quick] [--out DIR] [BenchmarkDotNet args, e.g. --filter *Bib*]
          counts --out JSON                                   arXiv references PapersLsp finds in the Markdown lists
          report --results DIR                                Markdown tables (targets, peers, load, micro) from a run
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine(Usage); return 2; }
        var options = CommandLine.Parse(args[1..]);
        return (args[0], options.Positional.FirstOrDefault()) switch
        {
            ("generate", "kaggle") => GenerateKaggle(options),
            ("generate", "bib") => GenerateBib(options),
            ("generate", "notes") => GenerateNotes(options),
            ("generate", "vocabulary") => Vocabulary(),
            ("import", _) when options.Get("--parse-only") is not null => CatalogImportRun.ParseOnly(options.Positional[0]),
            ("import-variants", _) => ImportVariants.Run(options.Positional[0], options.Int("--records", 50_000)),
            ("import", _) => CatalogImportRun.Run(options.Positional[0], options.Require("--catalog"), options.Int("--batch", 5000)),
            ("search", _) => CatalogSearchLatency.Run(options.Require("--catalog"), options.Require("--queries"), options.Int("--limit", 50), options.Get("--out")),
            ("micro", _) => MicroSuite.Run(args[1..]),
            ("counts", _) => RecognitionCounts.Run(options.Require("--out")),
            ("report", _) => SummaryReport.Run(options.Require("--results")),
            _ => Fail(),
        };

        static int Fail()
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int GenerateKaggle(CommandLine options)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = KaggleSnapshotGenerator.Write(options.Require("--out"), options.Int("--records", 100_000), (ulong)options.Int("--seed", 20261125));
        Console.WriteLine($"{result.Path}: {result.Records:N0} records, {result.Bytes / 1e6:N1} MB in {started.Elapsed.TotalSeconds:N1} s; queries in {result.QueriesPath}");
        return 0;
    }

    private static int Vocabulary()
    {
        Console.WriteLine($"title vocabulary: {TitleVocabulary.FromCorpus().Distinct:N0} distinct words; author names: {AuthorNames.FromCorpus().Count:N0}; real new-style ids in the Markdown lists: {NoteGenerator.RealIds().Count:N0}");
        return 0;
    }

    private static int GenerateBib(CommandLine options)
    {
        var bib = CryptobibGenerator.Generate(options.Int("--entries", 75_000));
        var path = options.Require("--out");
        File.WriteAllText(path, bib.Text);
        Console.WriteLine($"{path}: {bib.Entries:N0} entries, {bib.Strings:N0} @strings, {new FileInfo(path).Length / 1e6:N1} MB");
        return 0;
    }

    private static int GenerateNotes(CommandLine options)
    {
        var dir = options.Require("--out-dir");
        Directory.CreateDirectory(dir);
        var big = Path.Combine(dir, "note-1mb.md");
        File.WriteAllText(big, NoteGenerator.BySize(1_000_000));
        var lines = Path.Combine(dir, "note-10k-lines.md");
        File.WriteAllText(lines, NoteGenerator.ByLines(10_000));
        Console.WriteLine($"{big}: {new FileInfo(big).Length / 1e6:N2} MB; {lines}: {File.ReadLines(lines).Count():N0} lines");
        return 0;
    }
}
