namespace PapersLsp.Core.Tests.Documents;

/// <summary>Finds the real files under tests/corpus from wherever the test assembly runs.</summary>
internal static class CorpusFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpus not found above " + AppContext.BaseDirectory);
    });

    public static string FullPath(string relative) => Path.Combine(Root.Value, relative);

    public static string Read(string relative) => File.ReadAllText(FullPath(relative));
}
