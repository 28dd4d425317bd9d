using System.CommandLine;
using System.Reflection;

namespace PapersLsp.Cli.Commands;

/// <summary><c>papers-lsp version</c>.</summary>
public static class VersionCommand
{
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static Command Create()
    {
        var command = new Command("version", "Print the version.");
        command.SetAction(_ => Console.Out.WriteLine($"papers-lsp {Version}"));
        return command;
    }
}
