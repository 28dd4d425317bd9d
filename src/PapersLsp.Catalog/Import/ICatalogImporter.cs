namespace PapersLsp.Catalog.Import;

/// <summary>
/// Reads one file format into paper records, streaming: items come out as they are read, so the caller can show
/// progress (e.g. from the stream's position) and stop early. Bad content becomes <see cref="ImportProblem"/> items,
/// never an exception; only cancellation throws (<see cref="OperationCanceledException"/>).
/// </summary>
public interface ICatalogImporter
{
    CatalogFormat Format { get; }

    /// <summary>The <see cref="Core.Catalog.PaperSource.Name"/> the records carry.</summary>
    string SourceName { get; }

    IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default);
}
