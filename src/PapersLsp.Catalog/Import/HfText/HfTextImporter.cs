using System.Text;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import.HfText;

/// <summary>Imports Hugging Face listing dumps; the papers have no id, so each is keyed by its title.</summary>
public sealed class HfTextImporter : ICatalogImporter
{
    public CatalogFormat Format => CatalogFormat.HfText;

    public string SourceName => "hf-text";

    public IEnumerable<ImportItem> Read(Stream stream, ImportOrigin origin, CancellationToken cancellationToken = default)
    {
        var sources = origin.Sources(SourceName);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var paper in HfTextDump.Read(reader, cancellationToken))
            yield return ImportItem.Of(ToRecord(paper, sources));
    }

    /// <summary>The record of one card.</summary>
    public static PaperRecord ToRecord(HfTextPaper paper, IReadOnlyList<PaperSource> sources) => new()
    {
        Key = PaperRecord.TitleKey(paper.Title),
        Title = paper.Title,
        Abstract = paper.Abstract,
        AuthorCount = paper.AuthorCount,
        Published = paper.Date,
        Versions = paper.Date is { } d ? [new PaperVersion(1, d)] : [],
        Sources = sources,
    };
}
