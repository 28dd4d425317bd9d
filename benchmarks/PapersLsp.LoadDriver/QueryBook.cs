namespace PapersLsp.LoadDriver;

/// <summary>The 1–4-word queries typed during completion and workspace/symbol runs.</summary>
public static class QueryBook
{
    private static readonly HashSet<string> StopWords = new(["a", "an", "the", "of", "in", "on", "for", "and", "to", "with", "by", "from", "at", "as", "is", "are", "via"], StringComparer.OrdinalIgnoreCase);

    /// <summary>One query per line (as the snapshot generator writes them).</summary>
    public static IReadOnlyList<string> FromFile(string path) =>
        [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>Queries drawn from titles (the seed catalog's TSV, column 2): 1, 2, 3, 4 consecutive content words in turn.</summary>
    public static IReadOnlyList<string> FromSeedTitles(string tsvPath)
    {
        var queries = new List<string>();
        foreach (var line in File.ReadLines(tsvPath).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 2) continue;
            var words = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(':', ',', '.', '?', '!', '(', ')'))
                .Where(w => w.Length >= 2 && w.All(char.IsLetterOrDigit) && !StopWords.Contains(w))
                .ToArray();
            if (words.Length == 0) continue;
            var k = Math.Min(queries.Count % 4 + 1, words.Length);
            var start = queries.Count * 7 % (words.Length - k + 1);
            queries.Add(string.Join(' ', words.Skip(start).Take(k)).ToLowerInvariant());
        }
        return queries;
    }
}
