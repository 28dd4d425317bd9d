using System.Collections.Immutable;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Settings;

namespace PapersLsp.Server.Services;

/// <summary>
/// Which files the server may read: those under a workspace folder, the configured global bibliographies and
/// catalog sources (expanded by <see cref="UserPath"/>, relative ones against the first workspace folder). A path is
/// judged after <c>..</c> is resolved, and a file that is a symbolic link is judged by its target too, so neither
/// <c>\bibliography{../../etc/x}</c>, a watched-file event nor a link leads outside.
/// </summary>
public sealed class WorkspaceBoundary
{
    // The roots change only with the settings or the folders, but every file the indexer reads is checked: the last
    // boundary is kept and reused while the snapshot carries the same settings and folders (compared by reference).
    private static WorkspaceBoundary? _last;

    private readonly PapersSettings _settings;
    private readonly ImmutableArray<string> _folders;
    private readonly string[] _roots;
    private readonly string[] _prefixes; // each root with one trailing separator, so /ws does not admit /ws-evil

    private WorkspaceBoundary(PapersSettings settings, ImmutableArray<string> folders)
    {
        _settings = settings;
        _folders = folders;
        _roots = Roots(settings, folders).Distinct(StringComparer.Ordinal).ToArray();
        _prefixes = _roots.Select(root => root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToArray();
    }

    /// <summary>The absolute folders and files reading is allowed under.</summary>
    public IReadOnlyList<string> AllowedRoots => _roots;

    /// <summary>The boundary for a snapshot's settings and folders, computed once per change of either.</summary>
    public static WorkspaceBoundary For(WorkspaceSnapshot snapshot)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last._settings, snapshot.Settings) && last._folders == snapshot.Folders) return last;
        var current = new WorkspaceBoundary(snapshot.Settings, snapshot.Folders);
        Volatile.Write(ref _last, current);
        return current;
    }

    public static bool AllowsReading(string path, WorkspaceSnapshot snapshot) => For(snapshot).AllowsReading(path);

    public bool AllowsReading(string path)
    {
        if (!IsUnder(Path.GetFullPath(path))) return false;
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { } target || IsUnder(target.FullName);
        }
        catch (IOException)
        {
            return false; // a link loop or a link that cannot be followed
        }
    }

    private static IEnumerable<string> Roots(PapersSettings settings, ImmutableArray<string> folders)
    {
        foreach (var folder in folders)
            if (Uri.TryCreate(folder, UriKind.Absolute, out var uri) && uri.IsFile) yield return Path.GetFullPath(uri.LocalPath);
        var baseFolder = UserPath.BaseFolder(folders);
        foreach (var path in settings.Bibtex.GlobalBibliographies.Concat(settings.Catalog.Sources))
            if (UserPath.Expand(path, baseFolder) is { } full) yield return full;
    }

    private bool IsUnder(string path)
    {
        for (var i = 0; i < _roots.Length; i++)
            if (path == _roots[i] || path.StartsWith(_prefixes[i], StringComparison.Ordinal)) return true;
        return false;
    }
}
