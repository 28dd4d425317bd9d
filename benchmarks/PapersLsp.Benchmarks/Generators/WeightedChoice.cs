namespace PapersLsp.Benchmarks.Generators;

/// <summary>Draws items with probability proportional to their weight (a cumulative table and a binary search).</summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var pairs = weighted.Where(p => p.Weight > 0).ToArray();
        if (pairs.Length == 0) throw new ArgumentException("nothing to choose from", nameof(weighted));
        _items = [.. pairs.Select(p => p.Item)];
        _cumulative = new double[pairs.Length];
        var total = 0.0;
        for (var i = 0; i < pairs.Length; i++) _cumulative[i] = total += pairs[i].Weight;
    }

    public int Count => _items.Length;

    public T Next(ref SplitMix64 random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var at = Array.BinarySearch(_cumulative, x);
        if (at < 0) at = ~at;
        return _items[Math.Min(at, _items.Length - 1)];
    }
}
