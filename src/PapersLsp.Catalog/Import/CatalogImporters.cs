using PapersLsp.Catalog.Import.Atom;
using PapersLsp.Catalog.Import.Bibtex;
using PapersLsp.Catalog.Import.Csl;
using PapersLsp.Catalog.Import.HfHtml;
using PapersLsp.Catalog.Import.HfJson;
using PapersLsp.Catalog.Import.HfText;
using PapersLsp.Catalog.Import.Kaggle;

namespace PapersLsp.Catalog.Import;

/// <summary>The importer for each <see cref="CatalogFormat"/>, and the CLI names of the formats.</summary>
public static class CatalogImporters
{
    public static ICatalogImporter For(CatalogFormat format) => format switch
    {
        CatalogFormat.HfHtml => new HfHtmlImporter(),
        CatalogFormat.HfJson => new HfDailyPapersImporter(),
        CatalogFormat.HfText => new HfTextImporter(),
        CatalogFormat.Atom => new AtomImporter(),
        CatalogFormat.Kaggle => new KaggleSnapshotImporter(),
        CatalogFormat.Bibtex => new BibtexImporter(),
        CatalogFormat.Csl => new CslImporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The <c>--format</c> name: <c>hf-html</c>, <c>hf-json</c>, <c>hf-text</c>, <c>atom</c>, <c>kaggle</c>, <c>bibtex</c>, <c>csl</c>.</summary>
    public static string CliName(CatalogFormat format) => format switch
    {
        CatalogFormat.HfHtml => "hf-html",
        CatalogFormat.HfJson => "hf-json",
        CatalogFormat.HfText => "hf-text",
        _ => format.ToString().ToLowerInvariant(),
    };

    /// <summary>The format of a <c>--format</c> name (null for <c>auto</c> or an unknown name).</summary>
    public static CatalogFormat? FromCliName(string name) =>
        Enum.GetValues<CatalogFormat>().Cast<CatalogFormat?>().FirstOrDefault(f => string.Equals(CliName(f!.Value), name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// One file being imported: the open stream (so the caller can show bytes done / total and an ETA) and its items.
/// </summary>
public sealed class CatalogFileImport : IDisposable
{
    private readonly FileStream _stream;

    private CatalogFileImport(FileStream stream, CatalogFormat format, ImportOrigin origin)
    {
        _stream = stream;
        Format = format;
        Origin = origin;
    }

    public CatalogFormat Format { get; }

    public ImportOrigin Origin { get; }

    public long Length => _stream.Length;

    public long Position => _stream.Position;

    /// <summary>Opens <paramref name="path"/>, detecting the format from content unless <paramref name="format"/> is given.</summary>
    public static CatalogFileImport? Open(string path, CatalogFormat? format, out ImportProblem? problem)
    {
        problem = null;
        try
        {
            var detected = format ?? CatalogFormatDetector.DetectFile(path);
            if (detected is null)
            {
                problem = new ImportProblem(path, 0, "cannot tell the format; pass --format");
                return null;
            }
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            return new CatalogFileImport(stream, detected.Value, ImportOrigin.Now(Path.GetFullPath(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = new ImportProblem(path, 0, e.Message);
            return null;
        }
    }

    /// <summary>The file's records, read and parsed on a thread of their own a bounded distance ahead of the caller.</summary>
    public IEnumerable<ImportItem> Read(CancellationToken cancellationToken = default) =>
        ImportPipeline.ReadAhead(CatalogImporters.For(Format).Read(_stream, Origin, cancellationToken), cancellationToken: cancellationToken);

    public void Dispose() => _stream.Dispose();
}
