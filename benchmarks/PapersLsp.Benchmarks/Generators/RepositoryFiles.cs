namespace PapersLsp.Benchmarks.Generators;

/// <summary>Finds the repository (the folder holding PapersLsp.sln) and the files the benchmarks read from it.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PapersLsp.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("PapersLsp.sln not found above the current directory or the benchmark binaries.");
    });

    public static string Root => RootPath.Value;

    /// <summary>A file of tests/corpus (the real files the recognition tests use).</summary>
    public static string Corpus(string relative) => Path.Combine(Root, "tests", "corpus", relative);

    /// <summary>Where generated inputs go (git-ignored).</summary>
    public static string Artifacts(string relative)
    {
        var path = Path.Combine(Root, "artifacts", "bench", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>The three Markdown reading lists of issue 3 (about 5,800 distinct ids in links).</summary>
    public static readonly string[] MarkdownLists =
    [
        "markdown/dair-ai_ML-Papers-of-the-Week_README.md",
        "markdown/cv-arxiv-daily_README_SLAM-SFM.md",
        "markdown/HEPML-LivingReview_README.md",
    ];

    public const string HepmlBib = "latex/HEPML/HEPML.bib";
    public const string HepmlTex = "latex/HEPML/HEPML.tex";
    public const string KaggleSlice = "arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl";
}
