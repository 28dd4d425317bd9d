using PapersLsp.Core.Settings;

namespace PapersLsp.Core.Catalog;

/// <summary>Where the catalog database lives: the CLI flag, else <c>PAPERS_LSP_CATALOG</c>, else the setting, else the XDG data folder.</summary>
public static class CatalogLocation
{
    public const string EnvironmentVariable = "PAPERS_LSP_CATALOG";

    /// <summary>Resolves the catalog path from the process environment.</summary>
    /// <param name="flag">The <c>--catalog</c> command-line value, if given.</param>
    /// <param name="setting">The <c>papersLsp.catalog.path</c> setting, if set.</param>
    public static string Default(string? flag = null, string? setting = null) =>
        Resolve(flag, setting, Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>
    /// Resolves the catalog path with an explicit environment (for tests and hosts with their own environment). An
    /// explicit path is expanded by <see cref="UserPath"/>; a relative one is taken from the current directory, as a
    /// command-line path is.
    /// </summary>
    public static string Resolve(string? flag, string? setting, Func<string, string?> environment, string home)
    {
        foreach (var explicitPath in (string?[])[flag, environment(EnvironmentVariable), setting])
            if (!string.IsNullOrWhiteSpace(explicitPath))
                return UserPath.Expand(explicitPath, Directory.GetCurrentDirectory(), environment, home) ?? Path.GetFullPath(explicitPath.Trim());
        return Path.Combine(DataDirectory(environment, home), "catalog.db");
    }

    /// <summary>
    /// The per-user papers-lsp data folder: <c>$XDG_DATA_HOME/papers-lsp</c>, else <c>~/.local/share/papers-lsp</c>.
    /// It holds the default catalog and the machine-wide online-lookup state.
    /// </summary>
    public static string DataDirectory() =>
        DataDirectory(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The per-user papers-lsp data folder with an explicit environment and home folder.</summary>
    public static string DataDirectory(Func<string, string?> environment, string home)
    {
        var dataHome = environment("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome)) dataHome = Path.Combine(home, ".local", "share");
        return Path.Combine(dataHome, "papers-lsp");
    }
}
