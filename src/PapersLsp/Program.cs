using System.CommandLine;
using PapersLsp.Cli.Commands;

namespace PapersLsp.Cli;

/// <summary>The <c>papers-lsp</c> executable: with no subcommand (or <c>--stdio</c>) it serves LSP; subcommands run the same features from a shell.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("PapersLsp: arXiv references and citations in Markdown, LaTeX and BibTeX — a language server and its command line.");
        CommonOptions.AddTo(root);
        ServeCommand.Configure(root);
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(RefsCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(BibtexCommand.Create());
        root.Subcommands.Add(CatalogCommand.Create(CatalogFetchCommand.Create()));
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A clear message, not a stack trace; PAPERS_LSP_DEBUG=1 shows the whole exception.
            Console.Error.WriteLine(Environment.GetEnvironmentVariable("PAPERS_LSP_DEBUG") == "1" ? ex.ToString() : $"papers-lsp: {ex.Message}");
            return 2;
        }
    }
}
