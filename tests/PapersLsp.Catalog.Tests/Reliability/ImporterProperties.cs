using System.Diagnostics;
using System.Text;
using CsCheck;
using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Tests.Import;
using PapersLsp.Core.Arxiv;

namespace PapersLsp.Catalog.Tests.Reliability;

/// <summary>
/// Importers on damaged real files (bytes flipped, cut, duplicated; Import/ImporterRobustnessTests covers random
/// bytes and prefixes) and on inputs shaped to be slow: no exception, records with usable keys and ids that round-trip,
/// and linear time.
/// </summary>
public sealed class ImporterProperties
{
    public static TheoryData<CatalogFormat, string> RealFiles() => new()
    {
        { CatalogFormat.Atom, "arxiv-api/2016_search_del_maestro_checkerboard.xml" },
        { CatalogFormat.Kaggle, "arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl" },
        { CatalogFormat.HfJson, "hf-papers/hf_daily_papers_2024-10-25_first4.json" },
        { CatalogFormat.Csl, "zotero/bbt-2201_inspirehep.json" },
        { CatalogFormat.Bibtex, "latex/celerite/celerite.bib" },
        { CatalogFormat.HfHtml, "../PapersLsp.Catalog.Tests/Import/Fixtures/hf-paper-page.html" },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Damaged_real_files_import_without_exceptions_into_well_formed_records(CatalogFormat format, string file)
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(file));
        var importer = CatalogImporters.For(format);
        Gen.Select(Gen.Int[0, bytes.Length - 1].Array[1, 8], Gen.Byte.Array[8], Gen.Int[0, 2]).Sample((positions, values, how) =>
        {
            var damaged = Damage(bytes, positions, values, how);
            foreach (var item in Corpus.ImportBytes(importer, damaged))
            {
                Assert.True(item.Paper is null ^ item.Problem is null);
                if (item.Paper is not { } paper) continue;
                Assert.False(string.IsNullOrEmpty(paper.Key));
                Assert.NotNull(paper.Title);
                if (paper.ArxivId is { } id)
                {
                    Assert.True(ArxivId.TryParse(id.ToString(), out var again), $"{id} does not parse back");
                    Assert.Equal(id, again);
                    Assert.Equal(id.Id, paper.Key);
                }
            }
        }, iter: 60, threads: 1);
    }

    public static TheoryData<string, string> SlowShapes() => new()
    {
        { "100k nested JSON arrays", new string('[', 100_000) + new string(']', 100_000) },
        { "100k nested JSON objects", string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000) },
        { "a 1 MB JSON string", "{\"id\":\"" + new string('1', 1_000_000) + "\"}\n" },
        { "a 1 MB line of digits and dots", string.Concat(Enumerable.Repeat("1234.5678.", 100_000)) },
        { "10k nested XML elements", "<feed xmlns=\"http://www.w3.org/2005/Atom\">" + string.Concat(Enumerable.Repeat("<entry>", 10_000)) },
        { "100k unclosed HTML tags", "<html><body>" + string.Concat(Enumerable.Repeat("<div", 100_000)) },
        { "100k BibTeX braces", "@article{k, title = " + new string('{', 100_000) },
        { "50k backslashes", new string('\\', 50_000) },
        { "100k JSON lines of empty objects", string.Concat(Enumerable.Repeat("{}\n", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(SlowShapes))]
    public void Every_importer_is_linear_on(string shape, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var format in Enum.GetValues<CatalogFormat>())
        {
            var importer = CatalogImporters.For(format);
            _ = Corpus.ImportText(importer, "{}"); // JIT outside the budget
            var sw = Stopwatch.StartNew();
            _ = Corpus.ImportBytes(importer, bytes).Count;
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(2), $"{shape}, {format}: {sw.Elapsed.TotalMilliseconds:F0} ms");
        }
    }

    private static byte[] Damage(byte[] bytes, int[] positions, byte[] values, int how)
    {
        var damaged = new List<byte>(bytes);
        for (var i = 0; i < positions.Length; i++)
        {
            var at = Math.Min(positions[i], damaged.Count - 1);
            switch (how)
            {
                case 0: damaged[at] = values[i]; break;                                        // flip
                case 1: damaged.RemoveRange(at, Math.Min(200, damaged.Count - at - 1)); break;    // cut a piece out
                default: damaged.InsertRange(at, damaged.Skip(at).Take(300).ToArray()); break;  // duplicate a piece
            }
        }
        return [.. damaged];
    }
}
