using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>Maps a <see cref="PaperRecord"/> to the <c>papers</c> columns and back.</summary>
internal static class PaperRow
{
    /// <summary>The column list shared by the INSERT, UPDATE and SELECT statements, in parameter order.</summary>
    public static readonly string[] Columns =
    [
        "key", "arxiv_id", "title", "authors", "author_count", "abstract", "primary_category", "categories", "versions",
        "latest_version", "published", "updated", "doi", "journal_ref", "comments", "links",
    ];

    public static object?[] Values(PaperRecord paper) =>
    [
        paper.Key,
        paper.ArxivId?.Id,
        paper.Title,
        JsonSerializer.Serialize(paper.Authors.Select(Store).ToArray(), CatalogJson.Default.StoredAuthorArray),
        paper.AuthorCount,
        paper.Abstract,
        paper.PrimaryCategory,
        JsonSerializer.Serialize(paper.Categories.ToArray(), CatalogJson.Default.StringArray),
        JsonSerializer.Serialize(paper.Versions.Select(v => new StoredVersion(v.Number, v.Date)).ToArray(), CatalogJson.Default.StoredVersionArray),
        paper.LatestVersion,
        Date(paper.Published),
        Date(paper.Updated),
        paper.Doi,
        paper.JournalRef,
        paper.Comments,
        JsonSerializer.Serialize(paper.Links.ToArray(), CatalogJson.Default.StringArray),
    ];

    /// <summary>Reads a row selected as <c>id, {Columns}</c>; sources are filled in separately.</summary>
    public static PaperRecord Read(SqliteDataReader row) => new()
    {
        Key = row.GetString(1),
        ArxivId = row.IsDBNull(2) ? null : ArxivId.TryParse(row.GetString(2), out var id) ? id : null,
        Title = row.GetString(3),
        Authors = ReadAuthors(row.GetString(4)),
        AuthorCount = Int(row, 5),
        Abstract = Text(row, 6),
        PrimaryCategory = Text(row, 7),
        Categories = JsonSerializer.Deserialize(row.GetString(8), CatalogJson.Default.StringArray) ?? [],
        Versions = (JsonSerializer.Deserialize(row.GetString(9), CatalogJson.Default.StoredVersionArray) ?? [])
            .Select(v => new PaperVersion(v.Number, v.Date)).ToArray(),
        LatestVersion = Int(row, 10),
        Published = ParseDate(row, 11),
        Updated = ParseDate(row, 12),
        Doi = Text(row, 13),
        JournalRef = Text(row, 14),
        Comments = Text(row, 15),
        Links = JsonSerializer.Deserialize(row.GetString(16), CatalogJson.Default.StringArray) ?? [],
    };

    public static PaperAuthor[] ReadAuthors(string json) =>
        (JsonSerializer.Deserialize(json, CatalogJson.Default.StoredAuthorArray) ?? [])
            .Select(a => new PaperAuthor(a.Name ?? JoinedName(a.Given, a.Family) ?? "", a.Given, a.Family, a.Suffix)).ToArray();

    private static StoredAuthor Store(PaperAuthor author) =>
        new(author.Name == JoinedName(author.Given, author.Family) ? null : author.Name, author.Given, author.Family, author.Suffix);

    /// <summary>"Given Family" when both parts are there: the full name that storage leaves out.</summary>
    private static string? JoinedName(string? given, string? family) =>
        string.IsNullOrEmpty(given) || string.IsNullOrEmpty(family) ? null : string.Concat(given, " ", family);

    /// <summary>
    /// The full-text columns: title, author names, and the id plus the year. Raw text: FTS5's unicode61 tokenizer splits
    /// and folds it exactly as <see cref="SearchText"/> does, so nothing is tokenized twice on the import path.
    /// </summary>
    public static (string Title, string Authors, string Ident) SearchColumns(PaperRecord paper)
    {
        var authors = paper.Authors.Count switch
        {
            0 => "",
            1 => paper.Authors[0].Name,
            _ => string.Join("; ", paper.Authors.Select(a => a.Name)),
        };
        var year = paper.Published?.Year ?? paper.ArxivId?.YearMonth.Year;
        var ident = paper.ArxivId is { } id ? (year is { } y ? $"{id.Id} {y}" : id.Id) : year?.ToString(CultureInfo.InvariantCulture) ?? "";
        return (paper.Title, authors, ident);
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(SqliteDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? null : DateOnly.ParseExact(row.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static int? Int(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);
}
