using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Tests.EndToEnd;

/// <summary>A real editor: headless Neovim starts the executable, hovers, completes and shuts it down.</summary>
public sealed class NeovimTests
{
    [Fact]
    public async Task Neovim_hovers_an_id_completes_a_title_and_shuts_the_server_down()
    {
        var nvim = FindOnPath("nvim");
        Assert.True(nvim is not null, "nvim is not installed (apt-get install -y neovim; .ci/run installs it)");

        var work = Directory.CreateTempSubdirectory("papers-nvim-").FullName;
        var doc = Path.Combine(work, "notes.md");
        await File.WriteAllTextAsync(doc, "# Reading list\n\nData ablations: arXiv:2410.15661 is worth a read.\n");
        var (file, prefix) = ServerExecutable.Command();
        var command = prefix.Prepend(file).Concat(["--stdio", "--catalog", Path.Combine(work, "catalog.db")]).ToArray();
        var output = Path.Combine(work, "out.json");

        var info = new ProcessStartInfo(nvim, ["--headless", "-u", "NONE", "-c", $"luafile {Path.Combine(AppContext.BaseDirectory, "EndToEnd", "nvim_round.lua")}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = work,
        };
        info.Environment["PAPERS_CMD"] = JsonConvert.SerializeObject(command);
        info.Environment["DOC"] = doc;
        info.Environment["OUT"] = output;
        info.Environment["HOVER_LINE"] = "3";
        info.Environment["HOVER_COL"] = "24";
        info.Environment["TYPE_LINE"] = "See arXiv:scalable ablation";
        info.Environment["XDG_STATE_HOME"] = work;
        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(output), $"Neovim wrote no result. stderr: {await stderr}");

        var result = JObject.Parse(await File.ReadAllTextAsync(output));
        Assert.Null(result["error"]);
        var hover = (string?)result["hover"]?["value"] ?? "";
        Assert.Contains("Scalable Data Ablation Approximations", hover, StringComparison.Ordinal);
        Assert.Contains("Training data compositions", hover, StringComparison.Ordinal);
        Assert.True((int)result["completion"]!["count"]! > 0, result.ToString());
        Assert.Contains("Scalable Data Ablation", (string?)result["completion"]!["label"] ?? "", StringComparison.Ordinal);
        Assert.Equal("2410.15661", (string?)result["completion"]!["insert"]);
        Assert.True((bool)result["stopped"]!);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
