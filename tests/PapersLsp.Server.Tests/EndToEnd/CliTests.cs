using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Tests.EndToEnd;

/// <summary>The command line: the same features as the server, for scripts and CI.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("papers-cli-");

    private string Catalog => Path.Combine(_work.FullName, "catalog.db");

    private static string Corpus(params string[] parts) => Path.Combine([ServerExecutable.RepositoryRoot(), "tests", "corpus", .. parts]);

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Refs_json_prints_one_object_per_reference_with_lsp_ranges()
    {
        var note = Path.Combine(_work.FullName, "n.md");
        await File.WriteAllTextAsync(note, "# 😀 Notes\n\nSee https://arxiv.org/pdf/2410.15661v2.pdf and [@na2024].\n");
        var (code, stdout, _) = await ServerExecutable.RunAsync("refs", "--json", note);
        Assert.Equal(0, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal("arxiv", (string?)rows[0]["kind"]);
        Assert.Equal("2410.15661", (string?)rows[0]["id"]);
        Assert.Equal(2, (int)rows[0]["version"]!);
        Assert.Equal(2, (int)rows[0]["line"]!);
        Assert.Equal(4, (int)rows[0]["character"]!);
        Assert.Equal("https://arxiv.org/pdf/2410.15661v2.pdf", (string?)rows[0]["text"]);
        Assert.Equal("citation", (string?)rows[1]["kind"]);
        Assert.Equal("na2024", (string?)rows[1]["key"]);
        Assert.Equal(JTokenType.Null, rows[1]["version"]!.Type);
    }

    [Fact]
    public async Task Refs_walks_folders_and_reports_unreadable_files()
    {
        var folder = Path.Combine(_work.FullName, "tree");
        Directory.CreateDirectory(folder);
        File.Copy(Corpus("markdown", "nlab_Juan-Maldacena.md"), Path.Combine(folder, "a.md"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.tex"), [0x25, 0x00, 0x01]);
        var (code, stdout, stderr) = await ServerExecutable.RunAsync("refs", "--json", folder);
        Assert.Equal(1, code);
        Assert.Equal(18, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"kind\":\"arxiv\"", StringComparison.Ordinal)));
        Assert.Contains("binary.tex: skipped: binary file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_prints_gcc_style_diagnostics_and_fails_on_errors()
    {
        var note = Path.Combine(_work.FullName, "n.md");
        await File.WriteAllTextAsync(note, "Good arXiv:2410.15661, bad arXiv:2413.12345, unknown 1706.03762.\n");
        var (code, stdout, stderr) = await ServerExecutable.RunAsync("check", "--catalog", Catalog, note);
        Assert.Equal(1, code);
        Assert.Equal(
        [
            $"{note}:1:28: error malformed-arxiv-id: 'arXiv:2413.12345' is not a valid arXiv id: month 13 does not exist",
            $"{note}:1:54: info unknown-arxiv-id: arXiv:1706.03762 is not in the paper catalog",
        ], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("checked 1 file: 1 error, 0 warnings, 1 info, 0 hints", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_the_examples_passes_and_resolves_every_reference()
    {
        var (code, stdout, _) = await ServerExecutable.RunAsync("check", "--resolve", "--catalog", Catalog, Path.Combine(ServerExecutable.RepositoryRoot(), "examples"));
        Assert.Equal(0, code);
        Assert.Contains("arXiv:2410.15661 -> Scalable Data Ablation Approximations", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(not in the catalog)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_import_search_show_stats_remove_round_trip()
    {
        var import = await ServerExecutable.RunAsync("catalog", "import", "--catalog", Catalog, Corpus("arxiv-api", "2016_search_au-del_maestro.xml"), Corpus("arxiv-api", "2026_id_list-abc_ERROR.xml"));
        Assert.Equal(0, import.Code);
        Assert.Contains("10 added", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 skipped", import.Stderr, StringComparison.Ordinal);

        var search = await ServerExecutable.RunAsync("catalog", "search", "--catalog", Catalog, "--json", "checkerboard", "maestro");
        Assert.Equal(0, search.Code);
        var first = JObject.Parse(search.Stdout.Split('\n')[0]);
        Assert.Contains("heckerboard", (string?)first["title"], StringComparison.Ordinal);

        var show = await ServerExecutable.RunAsync("catalog", "show", "--catalog", Catalog, "cond-mat/0412498");
        Assert.Equal(0, show.Code);
        Assert.Contains("source:     atom", show.Stdout, StringComparison.Ordinal);

        var stats = await ServerExecutable.RunAsync("catalog", "stats", "--catalog", Catalog, "--json");
        var bySource = JObject.Parse(stats.Stdout)["bySource"]!;
        Assert.Equal(483, (int)bySource["seed"]!);
        Assert.Equal(10, (int)bySource["atom"]!);

        var remove = await ServerExecutable.RunAsync("catalog", "remove", "--catalog", Catalog, "--source", "atom");
        Assert.Contains("removed 10 papers", remove.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bibtex_prints_entries_for_ids_read_from_arguments()
    {
        var (code, stdout, stderr) = await ServerExecutable.RunAsync("bibtex", "--catalog", Catalog, "--style", "biblatex", "arXiv:2410.15661", "9999.99999");
        Assert.Equal(1, code); // one id is not in the catalog
        Assert.StartsWith("@online{na2024scalable,", stdout, StringComparison.Ordinal);
        Assert.Contains("eprint = {2410.15661}", stdout, StringComparison.Ordinal);
        Assert.Contains("9999.99999: not in the catalog", stderr, StringComparison.Ordinal);
    }
}
