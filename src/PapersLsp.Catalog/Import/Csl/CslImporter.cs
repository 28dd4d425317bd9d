using System.Text.Json;
using PapersLsp.Catalog.Import.Json;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.Csl;

/// <summary>Imports CSL-JSON (a root array of items) and Better BibTeX JSON (<c>{"config":…,"items":[…]}</c>) exports.</summary>
public sealed class CslImporter : ICatalogImporter
{
    public CatalogFormat Format => CatalogFormat.Csl;

    public string SourceName => "csl";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        var sources = origin.Sources(SourceName);
        var reader = new JsonArrayReader(JsonArrayReader.ReadAll(stream), origin.File, property: "items");
        while (reader.Next() is { } item)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } p)
            {
                yield return ImportItem.Of(p);
                continue;
            }
            PaperRecord? record;
            string? problem;
            try
            {
                record = CslItem.ToRecord(item.Element, sources, out problem);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                (record, problem) = (null, "unreadable value: " + e.Message);
            }
            yield return record is not null ? ImportItem.Of(record) : ImportItem.Of(origin.Problem(item.Line, problem ?? "unreadable item"));
        }
    }
}
