using System.Globalization;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>
/// Reads src/PapersLsp.Catalog/DefaultCatalog/seed-catalog.tsv for these tests only (columns arxiv_id, title,
/// authors separated by ';', published, primary_category, seed_file). The product's default-catalog loader lives
/// in PapersLsp.Catalog; switch to it once it lands.
/// </summary>
internal static class SeedCatalogTsv
{
    public static IReadOnlyList<PaperRecord> Load()
    {
        var papers = new List<PaperRecord>();
        foreach (var line in File.ReadLines(RepoFiles.Path("src", "PapersLsp.Catalog", "DefaultCatalog", "seed-catalog.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 5 || cells[1].Length == 0) continue;
            var id = ArxivId.TryParse(cells[0], out var parsed) ? parsed : null;
            DateOnly? published = DateOnly.TryParseExact(cells[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            papers.Add(new PaperRecord
            {
                Key = id?.Id ?? PaperRecord.TitleKey(cells[1]),
                ArxivId = id,
                Title = cells[1],
                Authors = [.. cells[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => new PaperAuthor(a))],
                Published = published,
                PrimaryCategory = cells[4].Length > 0 ? cells[4] : null,
            });
        }
        return papers;
    }
}
