using System.Text.Json.Serialization;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// An author as stored in the <c>authors</c> JSON column (short names keep 2.8 M rows small). The full name is left
/// out when it is just given and family name joined by a space (nearly always, and a tenth of a big catalog's bytes);
/// <see cref="PaperRow.ReadAuthors"/> puts it back. Files written before 2026-11-26 always have it (the v4 migration's
/// SQL reads it).
/// </summary>
internal sealed record StoredAuthor(
    [property: JsonPropertyName("n")] string? Name,
    [property: JsonPropertyName("g")] string? Given,
    [property: JsonPropertyName("f")] string? Family,
    [property: JsonPropertyName("s")] string? Suffix);

/// <summary>A version as stored in the <c>versions</c> JSON column.</summary>
internal sealed record StoredVersion(
    [property: JsonPropertyName("v")] int Number,
    [property: JsonPropertyName("d")] DateOnly? Date);

/// <summary>Source-generated System.Text.Json serialisers for the JSON columns (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredAuthor[]))]
[JsonSerializable(typeof(StoredVersion[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class CatalogJson : JsonSerializerContext;
