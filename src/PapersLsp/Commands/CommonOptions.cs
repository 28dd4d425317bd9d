using System.CommandLine;

namespace PapersLsp.Cli.Commands;

/// <summary>Options every subcommand accepts.</summary>
public static class CommonOptions
{
    /// <summary><c>--catalog PATH</c>: the catalog database (also <c>PAPERS_LSP_CATALOG</c>).</summary>
    public static readonly Option<string?> Catalog = new("--catalog")
    {
        Description = "The paper catalog database file (default: $PAPERS_LSP_CATALOG, else $XDG_DATA_HOME/papers-lsp/catalog.db).",
        Recursive = true,
        HelpName = "PATH",
    };

    public static void AddTo(RootCommand root) => root.Options.Add(Catalog);
}
