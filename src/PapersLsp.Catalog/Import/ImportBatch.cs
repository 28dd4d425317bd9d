using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import;

/// <summary>A slice of an import for one store transaction: the papers to upsert and the problems met on the way.</summary>
public sealed record ImportBatch(IReadOnlyList<PaperRecord> Papers, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>
    /// Groups items into batches of up to <paramref name="size"/> papers (the problems met meanwhile ride along), so a
    /// caller can upsert in transactions and update progress once per batch.
    /// </summary>
    public static IEnumerable<ImportBatch> Of(IEnumerable<ImportItem> items, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var papers = new List<PaperRecord>(size);
        var problems = new List<ImportProblem>();
        foreach (var item in items)
        {
            if (item.Paper is { } paper) papers.Add(paper);
            else if (item.Problem is { } problem) problems.Add(problem);
            if (papers.Count < size) continue;
            yield return new ImportBatch(papers, problems);
            papers = new List<PaperRecord>(size);
            problems = [];
        }
        if (papers.Count > 0 || problems.Count > 0) yield return new ImportBatch(papers, problems);
    }
}
