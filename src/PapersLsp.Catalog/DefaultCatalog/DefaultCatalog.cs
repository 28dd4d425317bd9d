using System.Reflection;
using System.Text;
using PapersLsp.Catalog.Import.HfText;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.DefaultCatalog;

/// <summary>
/// The built-in catalog: the papers of the five seed listing dumps joined by exact title with the ids, authors and
/// dates recovered for them (<c>seed-catalog.tsv</c>). Papers without a recovered id are keyed by title.
/// </summary>
public static class DefaultCatalog
{
    /// <summary>The source name of the built-in records.</summary>
    public const string SourceName = "seed";

    private const string ResourcePrefix = "PapersLsp.Catalog.DefaultCatalog.";
    private const string TsvName = "seed-catalog.tsv";

    /// <summary>Every seed paper once, in seed-file order, then any catalog rows no seed file shows.</summary>
    public static IReadOnlyList<PaperRecord> Load(DateTimeOffset? importedAt = null)
    {
        var sources = new[] { new PaperSource(SourceName, null, importedAt ?? DateTimeOffset.UtcNow) };
        var assembly = typeof(DefaultCatalog).Assembly;
        var rows = new Dictionary<string, SeedCatalogRow>(StringComparer.Ordinal);
        using (var tsv = OpenText(assembly, TsvName))
            foreach (var row in SeedCatalogRow.ReadTsv(tsv))
                rows.TryAdd(row.Title, row);

        var cards = new Dictionary<string, HfTextPaper>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var name in SeedFileNames(assembly))
        {
            using var text = OpenText(assembly, name);
            foreach (var card in HfTextDump.Read(text))
            {
                if (cards.TryGetValue(card.Title, out var seen))
                    cards[card.Title] = seen with
                    {
                        Abstract = seen.Abstract ?? card.Abstract,
                        AuthorCount = seen.AuthorCount ?? card.AuthorCount,
                        Date = seen.Date ?? card.Date,
                    };
                else
                {
                    cards.Add(card.Title, card);
                    order.Add(card.Title);
                }
            }
        }
        foreach (var title in rows.Keys)
            if (!cards.ContainsKey(title)) order.Add(title);

        var records = new List<PaperRecord>(order.Count);
        foreach (var title in order)
        {
            cards.TryGetValue(title, out var card);
            rows.TryGetValue(title, out var row);
            records.Add(ToRecord(title, card, row, sources));
        }
        return records;
    }

    /// <summary>The embedded listing dumps, by resource name.</summary>
    public static IReadOnlyList<string> SeedFileNames() => SeedFileNames(typeof(DefaultCatalog).Assembly);

    private static List<string> SeedFileNames(Assembly assembly) =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>An embedded seed file's text (for tests and diagnostics).</summary>
    public static TextReader OpenSeedFile(string name) => OpenText(typeof(DefaultCatalog).Assembly, name);

    private static StreamReader OpenText(Assembly assembly, string name)
    {
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The build did not embed the seed file {name}.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    private static PaperRecord ToRecord(string title, HfTextPaper? card, SeedCatalogRow? row, IReadOnlyList<PaperSource> sources)
    {
        var published = row?.Published ?? card?.Date;
        return new PaperRecord
        {
            Key = row?.Id?.Id ?? PaperRecord.TitleKey(title),
            ArxivId = row?.Id,
            Title = title,
            Authors = row is null ? [] : [.. row.Authors.Select(a => new PaperAuthor(a))],
            AuthorCount = card?.AuthorCount ?? (row is { Authors.Count: > 0 } ? row.Authors.Count : null),
            Abstract = card?.Abstract,
            PrimaryCategory = row?.PrimaryCategory,
            Categories = row?.PrimaryCategory is { } c ? [c] : [],
            Versions = published is { } p ? [new PaperVersion(1, p)] : [],
            Published = published,
            Sources = sources,
        };
    }
}
