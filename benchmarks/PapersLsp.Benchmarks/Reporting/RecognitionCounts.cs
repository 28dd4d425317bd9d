using System.Text.Json;
using PapersLsp.Benchmarks.Generators;
using PapersLsp.Core.Documents;

namespace PapersLsp.Benchmarks.Reporting;

/// <summary>How many arXiv references PapersLsp finds in each Markdown list (occurrences and distinct ids), for the peer comparison.</summary>
public static class RecognitionCounts
{
    public static int Run(string outPath)
    {
        var rows = RepositoryFiles.MarkdownLists.Select(list =>
        {
            var semantics = DocumentAnalyzer.Analyze(File.ReadAllText(RepositoryFiles.Corpus(list)), DocumentLanguage.Markdown);
            return new Dictionary<string, object>
            {
                ["file"] = Path.GetFileName(list),
                ["occurrences"] = semantics.ArxivReferences.Length,
                ["distinct"] = semantics.ArxivReferences.Select(r => r.Id.Id).Distinct(StringComparer.Ordinal).Count(),
                ["malformed"] = semantics.MalformedArxivReferences.Length,
            };
        }).ToList();
        File.WriteAllText(outPath, JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
        foreach (var row in rows) Console.WriteLine($"{row["file"]}: {row["occurrences"]} references, {row["distinct"]} distinct ids");
        return 0;
    }
}
