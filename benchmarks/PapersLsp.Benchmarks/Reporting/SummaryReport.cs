using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PapersLsp.Benchmarks.Micro;

namespace PapersLsp.Benchmarks.Reporting;

/// <summary>
/// Turns one run's result files into the Markdown tables of docs/performance.md: every target of issue 9 with the
/// measured figure and a verdict, the micro-benchmarks, the load-driver series and the peer ratios.
/// </summary>
public static class SummaryReport
{
    public static int Run(string resultsDirectory)
    {
        var files = new ResultFiles(resultsDirectory);
        var sb = new StringBuilder();
        sb.AppendLine("```").Append(files.Text("machine.txt").Trim()).AppendLine().AppendLine("```").AppendLine();
        Targets(sb, files);
        Peers(sb, files);
        Load(sb, files, "load-default.json");
        Load(sb, files, "load-big.json");
        MicroBenchmarks(sb, files);
        Console.Write(sb.ToString());
        return 0;
    }

    private static string F(double? value, string format = "N1") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static void Targets(StringBuilder sb, ResultFiles files)
    {
        sb.AppendLine("| figure | goal | measured | verdict |").AppendLine("|---|---|---|---|");
        void Row(string figure, string goal, double? measured, string unit, Func<double, bool>? met, string format = "N1")
        {
            var verdict = measured is { } m ? (met is null ? "—" : met(m) ? "met" : "**missed**") : "not measured";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {figure} | {goal} | {F(measured, format)} {unit} | {verdict} |");
        }
        var peersBib = files.JsonLines("peers-bib.jsonl");
        double? Peer(string peer, string file) => ResultFiles.Number(peersBib.FirstOrDefault(p => p["peer"]!.GetValue<string>().StartsWith(peer, StringComparison.Ordinal) && p["file"]!.GetValue<string>() == file)?["mbPerSecond"]);
        foreach (var (input, file) in new[] { (BenchmarkInputs.HepmlBib, "HEPML.bib"), (BenchmarkInputs.Cryptobib, "cryptobib-75k.bib") })
        {
            var ours = ResultFiles.Number(files.Micro("ParseBib", input)?["mbPerSecond"]);
            Row($"BibTeX parse, {file}", "≥ 30 MB/s", ours, "MB/s", m => m >= 30);
            var peer = Peer("latex-utensils", file);
            Row($"BibTeX parse vs latex-utensils, {file}", "≥ 10×", ours / peer, "×", m => m >= 10);
        }
        var load = files.Json("load-big.json");
        var big = load?["bigBib"];
        Row("20 MB bib: didOpen → first hover", "≤ 1,500 ms", ResultFiles.Number(big?["didOpenToFirstHoverMs"]), "ms", m => m <= 1500, "N0");
        Row("20 MB bib: didOpen → first completion", "≤ 1,500 ms", ResultFiles.Number(big?["didOpenToFirstCompletionMs"]), "ms", m => m <= 1500, "N0");
        var import = files.Json("import.json");
        Row($"catalog import ({F(ResultFiles.Number(import?["records"]), "N0")} snapshot-shaped records, CLI)", "≥ 50,000 records/s", ResultFiles.Number(import?["recordsPerSecond"]), "records/s", m => m >= 50_000, "N0");
        Row("catalog import peak RSS", "< 500 MB", ResultFiles.Number(import?["peakRssMb"]), "MB", m => m < 500, "N0");
        var search = files.Json("search.json");
        Row($"catalog search p99, 1–4 words, top 50, {F(ResultFiles.Number(search?["papers"]), "N0")} papers (in process)", "< 20 ms", ResultFiles.Number(search?["p99Ms"]), "ms", m => m < 20, "N2");
        Row("catalog search p99, every typed prefix of those queries", "< 20 ms", ResultFiles.Number(search?["typedP99Ms"]), "ms", m => m < 20, "N2");
        Row("server start → initialize answer (median)", "< 300 ms", ResultFiles.Number(ResultFiles.Series(load, "start → initialize")?["p50Ms"]), "ms", m => m < 300, "N0");
        var r2r = files.Json("startup-server-r2r.json");
        if (r2r is not null)
        {
            Row("… same, published as now (5 starts, seed catalog)", "< 300 ms", ResultFiles.Number(ResultFiles.Series(files.Json("startup-server.json"), "start → initialize")?["p50Ms"]), "ms", m => m < 300, "N0");
            Row("… same, published ReadyToRun (5 starts, seed catalog)", "< 300 ms", ResultFiles.Number(ResultFiles.Series(r2r, "start → initialize")?["p50Ms"]), "ms", m => m < 300, "N0");
        }
        var seedHover = ResultFiles.Number(ResultFiles.Series(files.Json("load-default.json"), "start → first hover")?["p50Ms"]);
        Row("start → first hover with the seed catalog (median)", "reference", seedHover, "ms", null, "N0");
        Row("start → first hover with the large catalog (median)", "no growth with the catalog", ResultFiles.Number(ResultFiles.Series(load, "start → first hover")?["p50Ms"]), "ms",
            m => seedHover is null || m <= seedHover * 1.5 + 100, "N0");
        Row("hover p99", "< 2 ms", ResultFiles.Number(ResultFiles.Series(load, "hover")?["p99Ms"]), "ms", m => m < 2, "N2");
        Row("completion p99 (typed, 1–4 words, top 50)", "< 20 ms", ResultFiles.Number(ResultFiles.Series(load, "completion")?["p99Ms"]), "ms", m => m < 20, "N2");
        var symbols = ResultFiles.Series(load, "workspace/symbol");
        if (symbols is null && load?["workspaceSymbol"]?.GetValue<string>() == "missing")
            sb.AppendLine("| workspace/symbol p99 | < 50 ms | not implemented by the server | **missed** |");
        else Row("workspace/symbol p99", "< 50 ms", ResultFiles.Number(symbols?["p99Ms"]), "ms", m => m < 50, "N2");
        Row($"server RSS after {F(ResultFiles.Number(load?["requestsBeforeRss"]), "N0")} requests", "< 200 MB", ResultFiles.Number(load?["rssMbAfterRequests"]), "MB", m => m < 200, "N0");
        var diagnostics = ResultFiles.Series(load, "didChange → publishDiagnostics");
        var debounce = ResultFiles.Number(load?["diagnosticsDebounceMs"]) ?? 200;
        Row("didChange → diagnostics, 10 k-line note, after the debounce (p50)", "< 50 ms", ResultFiles.Number(diagnostics?["p50Ms"]) - debounce, "ms", m => m < 50);
        Row("didChange → diagnostics, after the debounce (p95)", "< 50 ms", ResultFiles.Number(diagnostics?["p95Ms"]) - debounce, "ms", m => m < 50);
        var note = ResultFiles.Number(files.Micro("AnalyzeMarkdown", BenchmarkInputs.Note1Mb)?["medianNs"]);
        Row("Markdown analysis of a 1 MB note (median)", "< 30 ms", note / 1e6, "ms", m => m < 30, "N2");
        sb.AppendLine();
    }

    private static void Peers(StringBuilder sb, ResultFiles files)
    {
        sb.AppendLine("| BibTeX parsing | file | MB/s (median) | entries | PapersLsp is … × faster |").AppendLine("|---|---|---|---|---|");
        foreach (var (input, file) in new[] { (BenchmarkInputs.HepmlBib, "HEPML.bib"), (BenchmarkInputs.Cryptobib, "cryptobib-75k.bib") })
        {
            var ours = ResultFiles.Number(files.Micro("ParseBib", input)?["mbPerSecond"]);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| PapersLsp BibParser | {file} | {F(ours)} | | |");
            foreach (var peer in files.JsonLines("peers-bib.jsonl").Where(p => p["file"]!.GetValue<string>() == file))
            {
                var theirs = ResultFiles.Number(peer["mbPerSecond"]);
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {peer["peer"]} | {file} | {F(theirs, "N2")} | {peer["entries"]} | {F(ours / theirs, "N0")}× |");
            }
        }
        sb.AppendLine();
        var counts = files.Json("counts.json") as JsonArray;
        sb.AppendLine("| arXiv ids in | PapersLsp ids (distinct) | identifiers-arxiv ids (distinct) | PapersLsp id scan MB/s | PapersLsp full Markdown analysis MB/s | identifiers-arxiv MB/s | analysis / identifiers-arxiv |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var peer in files.JsonLines("peers-ids.jsonl"))
        {
            var file = peer["file"]!.GetValue<string>();
            var ours = counts?.FirstOrDefault(c => c?["file"]?.GetValue<string>() == file);
            var input = file.StartsWith("dair", StringComparison.Ordinal) ? BenchmarkInputs.DairAi : file.StartsWith("cv-", StringComparison.Ordinal) ? BenchmarkInputs.CvArxivDaily : BenchmarkInputs.HepmlReadme;
            var oursSpeed = ResultFiles.Number(files.Micro("AnalyzeMarkdown", input)?["mbPerSecond"]);
            var theirs = ResultFiles.Number(peer["mbPerSecond"]);
            var scan = ResultFiles.Number(files.Micro("ScanIds", input)?["mbPerSecond"]);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {file} | {ours?["occurrences"]} ({ours?["distinct"]}) | {peer["occurrences"]} ({peer["distinct"]}) | {F(scan)} | {F(oursSpeed)} | {F(theirs)} | {F(oursSpeed / theirs, "N2")}× |");
        }
        sb.AppendLine();
    }

    private static void Load(StringBuilder sb, ResultFiles files, string name)
    {
        var load = files.Json(name);
        if (load is null) return;
        sb.AppendLine(CultureInfo.InvariantCulture, $"Load driver, `{load["label"]}` (catalog {load["catalog"]}; load average {load["loadAverageAtStart"]} → {load["loadAverageAtEnd"]}):").AppendLine();
        sb.AppendLine("| series | n | p50 ms | p95 ms | p99 ms | max ms |").AppendLine("|---|---|---|---|---|---|");
        foreach (var s in load["series"]!.AsArray())
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s!["name"]} | {s["count"]} | {s["p50Ms"]} | {s["p95Ms"]} | {s["p99Ms"]} | {s["maxMs"]} |");
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Hovers resolved in the catalog: {load["hoversResolved"]}; completed queries with items: {load["completedQueriesWithItems"]}; RSS {load["rssMbAfterRequests"]} MB after {load["requestsBeforeRss"]} requests (peak {load["peakRssMb"]} MB).");
        if (load["bigBib"] is { } big) sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Big bib: `{big.ToJsonString()}`");
        sb.AppendLine();
    }

    private static void MicroBenchmarks(StringBuilder sb, ResultFiles files)
    {
        if (files.Json("micro.json") is not JsonArray rows) return;
        sb.AppendLine("| micro-benchmark | input | median | MB/s | allocated/op |").AppendLine("|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var median = ResultFiles.Number(r!["medianNs"]);
            var time = median switch { null => "—", >= 1e6 => $"{median / 1e6:N2} ms", >= 1e3 => $"{median / 1e3:N2} µs", _ => $"{median:N0} ns" };
            var allocated = ResultFiles.Number(r["allocatedBytes"]);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r["type"]}.{r["method"]} | {r["parameters"]} | {time} | {F(ResultFiles.Number(r["mbPerSecond"]))} | {F(allocated / 1e6, "N2")} MB |");
        }
        sb.AppendLine();
    }
}
