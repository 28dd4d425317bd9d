using System.Security.Cryptography;
using PapersLsp.Catalog.Tests.Import;
using PapersLsp.Catalog.Tests.Store;

namespace PapersLsp.Catalog.Tests.Reliability;

/// <summary><c>catalog import</c> only reads its inputs: every file is byte-for-byte and timestamp-for-timestamp the same afterwards.</summary>
public sealed class ImportInputTests : IDisposable
{
    private readonly TempCatalogFile _catalog = new();

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public async Task Importing_leaves_the_input_files_untouched()
    {
        string[] sources =
        [
            "arxiv-api/2026_id_list-1605.08386.xml", "arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl",
            "hf-papers/hf_daily_papers_2024-10-25_first4.json", "zotero/bbt-460_arxiv-identifiers.json", "latex/celerite/celerite.bib",
        ];
        var copies = sources.Select(s => Path.Combine(_catalog.Folder, Path.GetFileName(s))).ToArray();
        for (var i = 0; i < sources.Length; i++)
        {
            File.Copy(Corpus.PathOf(sources[i]), copies[i]);
            File.SetLastWriteTimeUtc(copies[i], new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        }
        var before = copies.Select(Fingerprint).ToArray();

        var (code, stderr) = await CatalogProcess.RunAsync(["catalog", "import", .. copies, "--catalog", _catalog.Path]);

        Assert.True(code == 0, stderr);
        Assert.Equal(before, copies.Select(Fingerprint).ToArray());
        Assert.Equal(copies.Order().ToArray(), Directory.GetFiles(_catalog.Folder).Where(f => !f.Contains("catalog.db", StringComparison.Ordinal)).Order().ToArray());
    }

    private static string Fingerprint(string path) =>
        $"{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))} {File.GetLastWriteTimeUtc(path):O} {new FileInfo(path).Length}";
}
