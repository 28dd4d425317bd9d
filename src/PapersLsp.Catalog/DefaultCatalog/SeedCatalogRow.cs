using PapersLsp.Core.Arxiv;

namespace PapersLsp.Catalog.DefaultCatalog;

/// <summary>One row of <c>seed-catalog.tsv</c>: what was recovered for a seed title.</summary>
public sealed record SeedCatalogRow(ArxivId? Id, string Title, IReadOnlyList<string> Authors, DateOnly? Published, string? PrimaryCategory, IReadOnlyList<string> SeedFiles)
{
    /// <summary>Parses the TSV (header <c>arxiv_id title authors published primary_category seed_file</c>); bad rows are skipped.</summary>
    public static IEnumerable<SeedCatalogRow> ReadTsv(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null) yield break;
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length < 6 || cells[1].Length == 0) continue;
            var id = ArxivId.TryParse(cells[0].Trim(), out var parsed) ? parsed : null;
            yield return new SeedCatalogRow(
                id?.WithoutVersion(),
                cells[1],
                cells[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                DateOnly.TryParseExact(cells[3], "yyyy-MM-dd", out var d) ? d : null,
                cells[4].Length > 0 ? cells[4] : null,
                cells[5].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }
}
