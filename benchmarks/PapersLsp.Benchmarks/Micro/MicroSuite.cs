using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PapersLsp.Benchmarks.Generators;

namespace PapersLsp.Benchmarks.Micro;

/// <summary>
/// Runs the BenchmarkDotNet suite with a short job (in-process, so nothing is rebuilt per benchmark on a 2-core
/// machine) and writes a compact results file with medians and, where the input is a text, MB/s.
/// </summary>
public static class MicroSuite
{
    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var outDir = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? RepositoryFiles.Artifacts("results");
        var rest = StripOwn(args).ToArray();
        if (!rest.Contains("--filter")) rest = [.. rest, "--filter", "*"];

        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 2)
            .WithIterationCount(quick ? 3 : 5)
            .WithId(quick ? "quick" : "short");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddExporter(JsonExporter.Brief)
            .WithArtifactsPath(Path.Combine(outDir, "bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroSuite).Assembly).Run(rest, config).ToArray();
        var path = Path.Combine(outDir, "micro.json");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(path, JsonSerializer.Serialize(Collect(summaries), new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"micro-benchmark results: {path}");
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    private static IEnumerable<string> StripOwn(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick") continue;
            if (args[i] == "--out") { i++; continue; }
            yield return args[i];
        }
    }

    /// <summary>One row per benchmark case: median, p95, allocation, and throughput when the case reads a named input.</summary>
    private static List<Dictionary<string, object?>> Collect(IEnumerable<Summary> summaries)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var summary in summaries)
            foreach (var report in summary.Reports)
            {
                var stats = report.ResultStatistics;
                var benchmark = report.BenchmarkCase;
                var input = benchmark.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
                var row = new Dictionary<string, object?>
                {
                    ["type"] = benchmark.Descriptor.Type.Name,
                    ["method"] = benchmark.Descriptor.WorkloadMethod.Name,
                    ["parameters"] = benchmark.Parameters.DisplayInfo,
                    ["medianNs"] = stats?.Median,
                    ["meanNs"] = stats?.Mean,
                    ["p95Ns"] = stats?.Percentiles.P95,
                    ["iterations"] = stats?.N,
                    ["allocatedBytes"] = report.GcStats.GetBytesAllocatedPerOperation(benchmark),
                };
                if (input is not null && stats is { Median: > 0 } && TryBytes(input) is { } bytes)
                {
                    row["inputBytes"] = bytes;
                    row["mbPerSecond"] = bytes / 1e6 / (stats.Median / 1e9);
                }
                rows.Add(row);
            }
        return rows;
    }

    private static int? TryBytes(string input)
    {
        try { return BenchmarkInputs.Utf8Bytes(input); }
        catch (ArgumentException) { return null; }
    }
}
