using System.Text.Json;
using PapersLsp.Catalog.Import.Json;

namespace PapersLsp.Catalog.Import.HfJson;

/// <summary>Imports the <c>api/daily_papers</c> (and <c>api/papers</c>) JSON: an array of <c>{paper:{…}}</c> or of papers.</summary>
public sealed class HfDailyPapersImporter : ICatalogImporter
{
    public CatalogFormat Format => CatalogFormat.HfJson;

    public string SourceName => "hf-json";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        var sources = origin.Sources(SourceName);
        var reader = new JsonArrayReader(JsonArrayReader.ReadAll(stream), origin.File, property: null);
        while (reader.Next() is { } item)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } p)
            {
                yield return ImportItem.Of(p);
                continue;
            }
            var element = item.Element;
            var inner = default(JsonElement);
            var wrapped = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("paper", out inner);
            var paper = wrapped ? inner : element;
            string? problem;
            Core.Catalog.PaperRecord? record;
            try
            {
                record = HfPaperJson.ToRecord(paper, wrapped ? element : null, sources, out problem);
            }
            catch (InvalidOperationException e)
            {
                (record, problem) = (null, "unreadable value: " + e.Message);
            }
            yield return record is not null ? ImportItem.Of(record) : ImportItem.Of(origin.Problem(item.Line, problem ?? "unreadable paper"));
        }
    }
}
