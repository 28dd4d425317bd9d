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

    public Dictionary<string, object> Summary() => new()
    {
        ["name"] = Name,
        ["count"] = Count,
        ["p50Ms"] = Math.Round(Percentile(50), 3),
        ["p95Ms"] = Math.Round(Percentile(95), 3),
        ["p99Ms"] = Math.Round(Percentile(99), 3),
        ["maxMs"] = Math.Round(Count == 0 ? double.NaN : _milliseconds.Max(), 3),
    };

    public override string ToString() =>
        Count == 0 ? $"{Name,-44} (none)" : $"{Name,-44} n={Count,6}  p50 {Percentile(50),8:F2} ms  p95 {Percentile(95),8:F2}  p99 {Percentile(99),8:F2}  max {_milliseconds.Max(),8:F2}";
}
