using PapersLsp.Catalog.Import;

namespace PapersLsp.Catalog.Tests.Import;

/// <summary>Locates tests/corpus from the test binaries and runs importers over its files.</summary>
internal static class Corpus
{
    public static readonly string Root = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static List<ImportItem> Import(ICatalogImporter importer, string relative)
    {
        using var stream = File.OpenRead(PathOf(relative));
        return [.. importer.Read(stream, ImportOrigin.Now(relative))];
    }

    public static List<ImportItem> ImportBytes(ICatalogImporter importer, byte[] bytes, string name = "input")
    {
        using var stream = new MemoryStream(bytes);
        return [.. importer.Read(stream, ImportOrigin.Now(name))];
    }

    public static List<ImportItem> ImportText(ICatalogImporter importer, string text, string name = "input") =>
        ImportBytes(importer, System.Text.Encoding.UTF8.GetBytes(text), name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpus not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Splits import results for assertions.</summary>
internal static class ImportItems
{
    public static List<Core.Catalog.PaperRecord> Papers(this IEnumerable<ImportItem> items) =>
        [.. items.Where(i => i.Paper is not null).Select(i => i.Paper!)];

    public static List<ImportProblem> Problems(this IEnumerable<ImportItem> items) =>
        [.. items.Where(i => i.Problem is not null).Select(i => i.Problem!)];
}
