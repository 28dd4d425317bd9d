namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>Finds files of the repository (corpus, default catalog) from the test's output folder.</summary>
internal static class RepoFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("not found above " + AppContext.BaseDirectory, System.IO.Path.Combine(parts));
    }
}
