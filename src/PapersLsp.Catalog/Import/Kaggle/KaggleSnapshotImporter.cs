namespace PapersLsp.Catalog.Import.Kaggle;

/// <summary>Imports the Kaggle arXiv metadata snapshot (one JSON object per line), streaming line by line.</summary>
public sealed class KaggleSnapshotImporter : ICatalogImporter
{
    public CatalogFormat Format => CatalogFormat.Kaggle;

    public string SourceName => "kaggle";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        var sources = origin.Sources(SourceName);
        var lines = new Utf8LineReader(stream);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!lines.MoveNext()) yield break;
            if (IsBlank(lines.Current)) continue;
            var record = KaggleRecordParser.Parse(lines.Current, sources, out var problem);
            yield return record is not null
                ? ImportItem.Of(record)
                : ImportItem.Of(origin.Problem(lines.LineNumber, problem ?? "unreadable record"));
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
