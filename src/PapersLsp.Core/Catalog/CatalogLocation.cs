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

    /// <summary>Resolves the catalog path with an explicit environment (for tests and hosts with their own environment).</summary>
    public static string Resolve(string? flag, string? setting, Func<string, string?> environment, string home)
    {
        foreach (var explicitPath in (string?[])[flag, environment(EnvironmentVariable), setting])
            if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(ExpandHome(explicitPath.Trim(), home));
        var dataHome = environment("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome)) dataHome = Path.Combine(home, ".local", "share");
        return Path.Combine(dataHome, "papers-lsp", "catalog.db");
    }

    private static string ExpandHome(string path, string home) =>
        path == "~" ? home : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, path[2..]) : path;
}
