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
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
