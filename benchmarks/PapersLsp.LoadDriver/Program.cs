using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PapersLsp.LoadDriver;
using PapersLsp.LoadDriver.Scenarios;

// The LSP load driver: starts the published server as a process and measures what an editor sees over stdio.
// Usage: papers-lsp-load --server artifacts/server/papers-lsp --catalog DB --inputs artifacts/bench --corpus tests/corpus
//          --out results.json [--queries FILE | (seed titles)] [--label NAME] [--quick] [--requests N] [--no-big-bib] [--startup-only]
var options = DriverOptions.Parse(args);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
var workspace = Directory.CreateTempSubdirectory("papers-lsp-load-").FullName;
var queries = options.Queries is { } q
    ? QueryBook.FromFile(q)
    : QueryBook.FromSeedTitles(Path.Combine(options.CorpusDir, "..", "..", "src", "PapersLsp.Catalog", "DefaultCatalog", "seed-catalog.tsv"));
var results = new JsonObject
{
    ["label"] = options.Label,
    ["catalog"] = options.Catalog,
    ["date"] = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
    ["loadAverageAtStart"] = File.ReadAllText("/proc/loadavg").Trim(),
    ["requestsPerKind"] = options.Requests,
    ["warmupPerKind"] = options.Warmup,
    ["queries"] = queries.Count,
};
var series = new JsonArray();
void Report(LatencySeries s)
{
    Console.WriteLine(s);
    series.Add(JsonSerializer.SerializeToNode(s.Summary()));
}

try
{
    if (!options.BigBibOnly)
    {
        Console.WriteLine($"[{options.Label}] start-up ({options.Startups} processes)");
        var (initialize, firstHover) = await StartupScenario.RunAsync(options, workspace);
        Report(initialize);
        Report(firstHover);
        if (options.StartupOnly) return;

        Console.WriteLine($"[{options.Label}] editing session ({options.Requests:N0} requests per kind after {options.Warmup:N0} warm-up)");
        await using (var session = await LspSession.StartAsync(options, workspace))
        {
            var editing = new EditingScenarios(session, options, workspace);
            Report(await editing.HoverAsync());
            results["hoversResolved"] = editing.HoverResolved;
            Report(await editing.CompletionAsync(queries));
            results["completedQueriesWithItems"] = editing.CompletionsWithItems;
            var (viewport, whole) = await editing.InlayHintsAsync();
            Report(viewport);
            Report(whole);
            if (await editing.WorkspaceSymbolAsync(queries) is { } symbols) Report(symbols);
            else
            {
                Console.WriteLine("workspace/symbol: MISSING (the server does not declare workspaceSymbolProvider)");
                results["workspaceSymbol"] = "missing";
            }
            var (rss, peak) = session.Memory();
            results["requestsBeforeRss"] = editing.RequestsSent;
            results["rssMbAfterRequests"] = Math.Round(rss, 1);
            results["peakRssMb"] = Math.Round(peak, 1);
            Console.WriteLine($"server RSS after {editing.RequestsSent:N0} requests: {rss:N0} MB (peak {peak:N0} MB)");
            var diagnostics = editing.Diagnostics(Path.Combine(options.InputsDir, "note-10k-lines.md"), out var timeouts);
            Report(diagnostics);
            results["diagnosticsDebounceMs"] = 200;
            results["diagnosticsTimeouts"] = timeouts;
        }
    }

    var bib = Path.Combine(options.InputsDir, "cryptobib-75k.bib");
    if (options.BigBib && File.Exists(bib))
    {
        Console.WriteLine($"[{options.Label}] {Path.GetFileName(bib)} opened in a fresh server");
        var (big, typed) = await BigBibScenario.RunAsync(options, workspace, bib);
        Console.WriteLine(big.ToJsonString());
        Report(typed);
        results["bigBib"] = big;
    }
}
finally
{
    results["series"] = series;
    results["loadAverageAtEnd"] = File.ReadAllText("/proc/loadavg").Trim();
    File.WriteAllText(options.Out, results.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    Directory.Delete(workspace, recursive: true);
    Console.WriteLine($"load results: {options.Out}");
}
