using System.CommandLine;
using System.Diagnostics;
using PapersLsp.Catalog.Import;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Cli.Commands;

/// <summary>
/// <c>papers-lsp catalog import PATH... [--format …]</c>: streams the files into the catalog in one transaction,
/// so Ctrl-C (or a crash) leaves the catalog as it was before the import. Shows progress on a terminal.
/// </summary>
public static class CatalogImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files to import.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format")
        {
            Description = "auto (from the content), hf-html, hf-json, hf-text, atom, kaggle, bibtex or csl.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong(["auto", .. Enum.GetValues<CatalogFormat>().Select(CatalogImporters.CliName)]);
        var command = new Command("import", "Import papers from Hugging Face pages, arXiv feeds, the arXiv metadata snapshot, BibTeX or CSL-JSON.") { paths, format };
        command.SetAction((parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(format) is { } f && f != "auto" ? CatalogImporters.FromCliName(f) : null;
            using var opened = CatalogOpener.OpenForCli(parse.GetValue(CommonOptions.Catalog));
            return Task.FromResult(Run(parse.GetValue(paths)!, chosen, opened.Catalog, Console.Error, cancellationToken));
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, CatalogFormat? format, IPaperCatalog catalog, TextWriter report, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        var imports = new List<CatalogFileImport>();
        foreach (var path in paths)
        {
            if (CatalogFileImport.Open(path, format, out var problem) is { } import) imports.Add(import);
            else problems.Add(problem!);
        }
        var progress = new ImportProgress(report, showLive: !Console.IsErrorRedirected);
        try
        {
            var result = catalog.BulkUpsert(Papers(imports, problems, progress, cancellationToken), report.WriteLine, cancellationToken);
            progress.Finish();
            report.WriteLine($"imported {progress.Records} record{(progress.Records == 1 ? "" : "s")} from {imports.Count} file{(imports.Count == 1 ? "" : "s")} in {progress.Elapsed.TotalSeconds:0.0} s: " +
                $"{result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged, {problems.Count} skipped");
            foreach (var group in problems.GroupBy(p => p.Message).OrderByDescending(g => g.Count()).Take(10))
                report.WriteLine(group.Count() == 1 ? $"  skipped {group.First()}" : $"  skipped {group.Count()}×: {group.Key} (first at {group.First().File}:{group.First().Line})");
            return problems.Count > 0 && result.Added + result.Updated == 0 ? 1 : 0;
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            report.WriteLine("import cancelled: the catalog is unchanged");
            return 130;
        }
        finally
        {
            foreach (var import in imports) import.Dispose();
        }
    }

    private static IEnumerable<PaperRecord> Papers(List<CatalogFileImport> imports, List<ImportProblem> problems, ImportProgress progress, CancellationToken cancellationToken)
    {
        foreach (var import in imports)
        {
            progress.Start(import);
            foreach (var item in import.Read(cancellationToken))
            {
                if (item.Problem is { } problem)
                {
                    problems.Add(problem);
                    continue;
                }
                progress.Count();
                yield return item.Paper!;
            }
        }
    }

    /// <summary>A one-line progress display (records/s, percent of bytes, ETA) redrawn a few times a second.</summary>
    private sealed class ImportProgress(TextWriter output, bool showLive)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private CatalogFileImport? _current;
        private long _lastDraw;

        public long Records { get; private set; }

        public TimeSpan Elapsed => _clock.Elapsed;

        public void Start(CatalogFileImport import) => _current = import;

        public void Count()
        {
            Records++;
            if (!showLive || _clock.ElapsedMilliseconds - _lastDraw < 250) return;
            _lastDraw = _clock.ElapsedMilliseconds;
            var rate = Records / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var line = $"\r{Path.GetFileName(_current?.Origin.File)}: {Records:N0} records, {rate:N0}/s";
            if (_current is { Length: > 0 } file)
            {
                var done = (double)file.Position / file.Length;
                var eta = done > 0 ? TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - done) / done) : TimeSpan.Zero;
                line += $", {done:P0}, ETA {eta:m\\:ss}";
            }
            output.Write(line.PadRight(80));
        }

        public void Finish()
        {
            if (showLive && _lastDraw > 0) output.Write("\r" + new string(' ', 80) + "\r");
        }
    }
}
