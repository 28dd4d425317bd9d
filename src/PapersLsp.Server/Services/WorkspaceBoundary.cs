using PapersLsp.Core.Documents;

namespace PapersLsp.Server.Services;

/// <summary>
/// Which files the server may read: those under a workspace folder, the configured global bibliographies and
/// catalog sources. A path is judged after <c>..</c> is resolved, and a file that is a symbolic link is judged by
/// its target too, so neither <c>\bibliography{../../etc/x}</c>, a watched-file event nor a link leads outside.
/// </summary>
public static class WorkspaceBoundary
{
    public static bool AllowsReading(string path, WorkspaceSnapshot snapshot)
    {
        var roots = Roots(snapshot).ToArray();
        if (!IsUnder(Path.GetFullPath(path), roots)) return false;
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { } target || IsUnder(target.FullName, roots);
        }
        catch (IOException)
        {
            return false; // a link loop or a link that cannot be followed
        }
    }

    private static IEnumerable<string> Roots(WorkspaceSnapshot snapshot)
    {
        foreach (var folder in snapshot.Folders)
            if (Uri.TryCreate(folder, UriKind.Absolute, out var uri) && uri.IsFile) yield return Path.GetFullPath(uri.LocalPath);
        foreach (var path in snapshot.Settings.Bibtex.GlobalBibliographies.Concat(snapshot.Settings.Catalog.Sources))
            if (FullPath(path) is { } full) yield return full;
    }

    private static bool IsUnder(string path, IEnumerable<string> roots) =>
        roots.Any(root => path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static string? FullPath(string path)
    {
        try
        {
            if (path.StartsWith('~')) path = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..];
            return Path.GetFullPath(Environment.ExpandEnvironmentVariables(path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
