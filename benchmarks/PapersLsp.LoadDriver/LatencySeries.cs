using System.Diagnostics;

namespace PapersLsp.LoadDriver;

/// <summary>Latencies of one kind of request, with nearest-rank percentiles.</summary>
public sealed class LatencySeries(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public void Add(long fromTicks, long toTicks) => _milliseconds.Add(Stopwatch.GetElapsedTime(fromTicks, toTicks).TotalMilliseconds);

    public void AddMilliseconds(double ms) => _milliseconds.Add(ms);

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0) return double.NaN;
        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Name, count and percentiles; the figures are null when nothing was measured.</summary>
    public Dictionary<string, object?> Summary() => new()
    {
        ["name"] = Name,
        ["count"] = Count,
        ["p50Ms"] = Rounded(Percentile(50)),
        ["p95Ms"] = Rounded(Percentile(95)),
        ["p99Ms"] = Rounded(Percentile(99)),
        ["maxMs"] = Count == 0 ? null : Rounded(_milliseconds.Max()),
    };

    private static double? Rounded(double value) => double.IsNaN(value) ? null : Math.Round(value, 3);

    public override string ToString() =>
        Count == 0 ? $"{Name,-44} (none)" : $"{Name,-44} n={Count,6}  p50 {Percentile(50),8:F2} ms  p95 {Percentile(95),8:F2}  p99 {Percentile(99),8:F2}  max {_milliseconds.Max(),8:F2}";
}
