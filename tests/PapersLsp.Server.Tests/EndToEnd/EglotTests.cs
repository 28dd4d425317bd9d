using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PapersLsp.Server.Tests.EndToEnd;

/// <summary>A second real editor: Emacs with eglot (which kills the server with SIGKILL right after <c>exit</c>).</summary>
public sealed class EglotTests
{
    [Fact]
    public async Task Emacs_eglot_hovers_and_completes()
    {
        var emacs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "emacs")).FirstOrDefault(File.Exists);
        Assert.True(emacs is not null, "emacs is not installed (apt-get install -y emacs-nox elpa-eglot; .ci/run installs it)");
        var work = Directory.CreateTempSubdirectory("papers-eglot-").FullName;
        var doc = Path.Combine(work, "notes.md");
        await File.WriteAllTextAsync(doc, "# Reading list\n\nData ablations: arXiv:2410.15661 is worth a read.\n");
        var (file, prefix) = ServerExecutable.Command();
        var output = Path.Combine(work, "out.json");
        var info = new ProcessStartInfo(emacs, ["--batch", "-l", Path.Combine(AppContext.BaseDirectory, "EndToEnd", "eglot_round.el")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = work,
        };
        info.Environment["PAPERS_CMD"] = JsonConvert.SerializeObject(prefix.Prepend(file).Concat(["--stdio", "--catalog", Path.Combine(work, "catalog.db")]));
        info.Environment["DOC"] = doc;
        info.Environment["OUT"] = output;
        info.Environment["HOME"] = work;
        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(output), $"Emacs wrote no result. stderr: {await stderr}");

        var result = JObject.Parse(await File.ReadAllTextAsync(output));
        Assert.Contains("Scalable Data Ablation Approximations", (string?)result["hover"], StringComparison.Ordinal);
        Assert.Contains("Training data compositions", (string?)result["hover"], StringComparison.Ordinal);
        Assert.True((int)result["completion_count"]! > 0, result.ToString());
        Assert.Equal("2410.15661", (string?)result["completion_insert"]);
    }
}
