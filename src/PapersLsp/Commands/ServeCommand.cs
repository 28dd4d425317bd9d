using System.CommandLine;
using PapersLsp.Server;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Cli.Commands;

/// <summary>Serving LSP over stdin/stdout: the root command's own action.</summary>
public static class ServeCommand
{
    private static readonly Option<bool> Stdio = new("--stdio") { Description = "Serve the Language Server Protocol on stdin/stdout (the default)." };

    public static void Configure(RootCommand root)
    {
        root.Options.Add(Stdio);
        // Editors add their own flags (--clientProcessId=…); they must not stop the server from starting.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(CommonOptions.Catalog), cancellationToken));
    }

    private static async Task<int> RunAsync(string? catalogFlag, CancellationToken cancellationToken)
    {
        // stdout carries the protocol and nothing else: anything that writes to Console.Out goes to stderr.
        var stdout = Console.OpenStandardOutput();
        var stdin = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        var options = new LanguageServerOptions
        {
            OpenCatalog = (settings, log) => CatalogOpener.Open(catalogFlag, settings.Catalog.Path, log.Info),
            Version = VersionCommand.Version,
        };
        return await LanguageServer.RunAsync(stdin, stdout, Console.Error, options, cancellationToken).ConfigureAwait(false);
    }
}
