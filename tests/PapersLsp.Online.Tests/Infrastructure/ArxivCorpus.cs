using System.Text;

namespace PapersLsp.Online.Tests.Infrastructure;

/// <summary>The real arXiv API responses in tests/corpus/arxiv-api, and feeds composed from their entries.</summary>
public static class ArxivCorpus
{
    public static readonly string Folder = FindFolder();

    /// <summary>Every entry of every recorded feed, by id without version (the raw XML of the entry).</summary>
    public static readonly IReadOnlyDictionary<string, string> Entries = LoadEntries();

    public static byte[] File(string name) => System.IO.File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>A feed in the 2026 shape (the header of the recorded empty answer) holding the given entries.</summary>
    public static byte[] Feed(IReadOnlyList<string> entries, int? totalResults = null, int start = 0)
    {
        var empty = Encoding.UTF8.GetString(File("2026_id_list-0000.0000_EMPTY.xml"));
        var head = empty[..empty.LastIndexOf("</feed>", StringComparison.Ordinal)]
            .Replace("<opensearch:totalResults>0</opensearch:totalResults>", $"<opensearch:totalResults>{totalResults ?? entries.Count}</opensearch:totalResults>", StringComparison.Ordinal)
            .Replace("<opensearch:startIndex>0</opensearch:startIndex>", $"<opensearch:startIndex>{start}</opensearch:startIndex>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(head + string.Concat(entries.Select(e => "  " + e + "\n")) + "</feed>\n");
    }

    /// <summary>The entries of a recorded search feed, in order.</summary>
    public static IReadOnlyList<string> EntriesOf(string name) => [.. SplitEntries(Encoding.UTF8.GetString(File(name))).Select(e => e.Xml)];

    private static Dictionary<string, string> LoadEntries()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Folder, "*.xml"))
            foreach (var (id, xml) in SplitEntries(System.IO.File.ReadAllText(path)))
                if (id is not null) entries.TryAdd(id, xml);
        return entries;
    }

    private static IEnumerable<(string? Id, string Xml)> SplitEntries(string feed)
    {
        var at = 0;
        while ((at = feed.IndexOf("<entry>", at, StringComparison.Ordinal)) >= 0)
        {
            var end = feed.IndexOf("</entry>", at, StringComparison.Ordinal) + "</entry>".Length;
            var xml = feed[at..end];
            yield return (IdOf(xml), xml);
            at = end;
        }
    }

    private static string? IdOf(string entry)
    {
        const string Marker = "arxiv.org/abs/";
        var start = entry.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += Marker.Length;
        var end = entry.IndexOf("</id>", start, StringComparison.Ordinal);
        var versioned = entry[start..end];
        var v = versioned.LastIndexOf('v');
        return v > 0 && versioned[(v + 1)..].All(char.IsAsciiDigit) ? versioned[..v] : versioned;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus", "arxiv-api");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpus/arxiv-api not found above " + AppContext.BaseDirectory);
    }
}
