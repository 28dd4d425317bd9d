using System.Diagnostics;

namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>Runs pdflatex, bibtex and biber in a folder, when they are installed.</summary>
internal static class TexToolchain
{
    public static bool IsInstalled(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(System.IO.Path.Combine(dir, tool)));

    /// <summary>Runs <paramref name="tool"/> in <paramref name="folder"/>; returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string folder, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + tool);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, tool + " timed out");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
