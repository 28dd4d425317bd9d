namespace PapersLsp.Core.Markdown;

/// <summary>
/// Code spans of one Markdown block in linear time: a backtick run opens a span closed by the next run of the same
/// length, possibly on a later line of the block. Each run's next equal-length run is found in one backward pass,
/// so a block of runs that never close costs no rescans.
/// </summary>
internal static class CodeSpanFinder
{
    /// <summary>The spans, in order, as [start, end) ranges including their backticks; <paramref name="lines"/> are the block's line ranges.</summary>
    public static List<(int Start, int End)> Find(string text, IReadOnlyList<(int Start, int End)> lines)
    {
        var runs = new List<(int Start, int Length)>();
        foreach (var (start, end) in lines)
        {
            var i = text.IndexOf('`', start, end - start);
            while (i >= 0)
            {
                var runEnd = i + 1;
                while (runEnd < end && text[runEnd] == '`') runEnd++;
                runs.Add((i, runEnd - i));
                if (runEnd >= end) break;
                i = text.IndexOf('`', runEnd, end - runEnd);
            }
        }
        var closer = new int[runs.Count];
        var lastOfLength = new Dictionary<int, int>();
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            closer[r] = lastOfLength.TryGetValue(runs[r].Length, out var next) ? next : -1;
            lastOfLength[runs[r].Length] = r;
        }
        var spans = new List<(int Start, int End)>();
        for (var r = 0; r < runs.Count; r++)
        {
            if (closer[r] < 0) continue;
            var close = runs[closer[r]];
            spans.Add((runs[r].Start, close.Start + close.Length));
            r = closer[r];
        }
        return spans;
    }
}
