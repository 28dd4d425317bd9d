using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import;

/// <summary>A record an importer skipped: where (1-based line, 0 when unknown) and why.</summary>
public sealed record ImportProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>One step of an import: either a paper or a problem, never both.</summary>
public readonly record struct ImportItem
{
    private ImportItem(PaperRecord? paper, ImportProblem? problem)
    {
        Paper = paper;
        Problem = problem;
    }

    public PaperRecord? Paper { get; }

    public ImportProblem? Problem { get; }

    public static ImportItem Of(PaperRecord paper) => new(paper, null);

    public static ImportItem Of(ImportProblem problem) => new(null, problem);
}

/// <summary>What the records of one import say about where they came from.</summary>
/// <param name="File">The file (or URL) as the user named it; used in problems and <see cref="PaperSource"/>.</param>
public sealed record ImportOrigin(string File, DateTimeOffset ImportedAt)
{
    public static ImportOrigin Now(string file) => new(file, DateTimeOffset.UtcNow);

    public ImportProblem Problem(int line, string message) => new(File, line, message);

    public IReadOnlyList<PaperSource> Sources(string importer) => [new PaperSource(importer, File, ImportedAt)];
}
