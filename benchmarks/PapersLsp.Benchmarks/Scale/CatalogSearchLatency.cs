using System.Diagnostics;
using System.Text.Json;
using PapersLsp.Catalog.Sqlite;

namespace PapersLsp.Benchmarks.Scale;

/// <summary>
/// Search latency on a catalog file, in process (no protocol): every 1–4-word query whole, and every prefix of it as
/// typed character by character (what completion asks), top <c>limit</c>. Nearest-rank percentiles.
/// </summary>
public static class CatalogSearchLatency
{
    public static int Run(string catalogPath, string queriesPath, int limit, string? outPath)
    {
        var queries = File.ReadLines(queriesPath).Select(q => q.Trim()).Where(q => q.Length > 0).ToArray();
        var opened = Stopwatch.StartNew();
        using var catalog = new SqlitePaperCatalog(catalogPath);
        var openMs = opened.Elapsed.TotalMilliseconds;
        var papers = catalog.GetStats().Papers;
        foreach (var query in queries.Take(100)) catalog.Search(query, limit); // warm-up: JIT, page cache
        var whole = new List<double>();
        var hits = 0;
        foreach (var query in queries)
        {
            var t = Stopwatch.GetTimestamp();
            var found = catalog.Search(query, limit);
            whole.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (found.Count > 0) hits++;
        }
        var typed = new List<double>();
        var slowest = new PriorityQueue<string, double>();
        foreach (var query in queries.Take(Math.Min(queries.Length, 300)))
            for (var k = 1; k <= query.Length; k++)
            {
                var t = Stopwatch.GetTimestamp();
                catalog.Search(query[..k], limit);
                var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                typed.Add(ms);
                slowest.Enqueue($"{ms:F1} ms '{query[..k]}'", ms);
                if (slowest.Count > 12) slowest.Dequeue();
            }
        var summary = new Dictionary<string, object>
        {
            ["catalog"] = catalogPath,
            ["papers"] = papers,
            ["openMs"] = Math.Round(openMs, 1),
            ["limit"] = limit,
            ["queries"] = whole.Count,
            ["queriesWithHits"] = hits,
            ["p50Ms"] = Percentile(whole, 50),
            ["p95Ms"] = Percentile(whole, 95),
            ["p99Ms"] = Percentile(whole, 99),
            ["maxMs"] = Math.Round(whole.Max(), 3),
            ["typedPrefixes"] = typed.Count,
            ["typedP50Ms"] = Percentile(typed, 50),
            ["typedP95Ms"] = Percentile(typed, 95),
            ["typedP99Ms"] = Percentile(typed, 99),
            ["typedMaxMs"] = Math.Round(typed.Max(), 3),
            ["slowestTyped"] = slowest.UnorderedItems.OrderByDescending(i => i.Priority).Select(i => i.Element).ToArray(),
        };
        var json = JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true });
        if (outPath is not null) File.WriteAllText(outPath, json);
        Console.WriteLine(json);
        return 0;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)], 3);
    }
}
