using System.Diagnostics;

namespace PapersLsp.Server.Tests.EndToEnd;

/// <summary>Finds and starts the built <c>papers-lsp</c> executable (never <c>dotnet run</c>: it prints build output on stdout).</summary>
public static class ServerExecutable
{
    /// <summary>The command line that starts the server: the published executable when <c>PAPERS_LSP_EXE</c> names one, else the built dll.</summary>
    public static (string FileName, string[] Arguments) Command()
    {
        if (Environment.GetEnvironmentVariable("PAPERS_LSP_EXE") is { Length: > 0 } exe && File.Exists(exe)) return (exe, []);
        var dll = Path.Combine(AppContext.BaseDirectory, "papers-lsp.dll");
        Assert.True(File.Exists(dll), $"papers-lsp.dll not found next to the tests ({dll})");
        return ("dotnet", [dll]);
    }

    public static Process Start(IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var (file, prefix) = Command();
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in prefix.Concat(arguments)) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info) ?? throw new InvalidOperationException("could not start papers-lsp");
    }

    /// <summary>Runs a subcommand to completion; returns exit code, stdout and stderr.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The repository root (the folder with PapersLsp.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PapersLsp.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
