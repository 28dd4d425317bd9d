using System.Text;

namespace PapersLsp.Core.Settings;

/// <summary>
/// The one rule for a path the user wrote in settings (global bibliographies, catalog sources, the catalog path):
/// <list type="bullet">
/// <item><c>~</c> alone or followed by a separator means the home folder; <c>~name</c> stays as written (other users'
/// homes are not looked up), and so does a <c>~</c> anywhere but the start.</item>
/// <item>Environment variables are written <c>$NAME</c>, <c>${NAME}</c> (shell style, <c>NAME</c> is letters, digits
/// and <c>_</c>, not starting with a digit) or <c>%NAME%</c> (Windows style, which every earlier copy of this rule
/// accepted). A variable that is undefined or empty stays as written, so a typo shows up in the "does not exist"
/// warning and <c>$UNSET/</c> can never become <c>/</c> and open the whole disk to the workspace boundary.
/// Values are not expanded again.</item>
/// <item>A relative path is resolved against the base folder the caller gives — the first workspace folder, where a
/// workspace's settings live — never against the server's current directory, which the editor chose at random.
/// Without a base folder a relative path is unusable.</item>
/// </list>
/// The result is absolute with <c>.</c> and <c>..</c> resolved, or null when the path is blank, unusable or invalid.
/// </summary>
public static class UserPath
{
    /// <summary>Expands <paramref name="path"/> with the process environment and home folder.</summary>
    public static string? Expand(string path, string? baseDirectory) =>
        Expand(path, baseDirectory, Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>Expands <paramref name="path"/> with an explicit environment and home folder (for tests and hosts).</summary>
    public static string? Expand(string path, string? baseDirectory, Func<string, string?> environment, string? home)
    {
        path = path.Trim();
        if (path.Length == 0) return null;
        if (path[0] == '~' && (path.Length == 1 || IsSeparator(path[1])))
        {
            if (string.IsNullOrEmpty(home)) return null;
            path = home + path[1..];
        }
        path = ExpandVariables(path, environment);
        try
        {
            if (Path.IsPathFullyQualified(path)) return Path.GetFullPath(path);
            return string.IsNullOrEmpty(baseDirectory) || !Path.IsPathFullyQualified(baseDirectory) ? null : Path.GetFullPath(path, baseDirectory);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null; // e.g. a NUL character
        }
    }

    /// <summary>The folder relative settings are resolved against: the first workspace folder that is a local folder.</summary>
    public static string? BaseFolder(IEnumerable<string> workspaceFolderUris)
    {
        foreach (var folder in workspaceFolderUris)
            if (Uri.TryCreate(folder, UriKind.Absolute, out var uri) && uri.IsFile) return uri.LocalPath;
        return null;
    }

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    private static string ExpandVariables(string path, Func<string, string?> environment)
    {
        if (path.IndexOfAny(['$', '%']) < 0) return path;
        var result = new StringBuilder(path.Length);
        var i = 0;
        while (i < path.Length)
        {
            if (Variable(path, i, out var name, out var end) && environment(name) is { Length: > 0 } value)
            {
                result.Append(value);
                i = end;
            }
            else result.Append(path[i++]);
        }
        return result.ToString();
    }

    /// <summary>Whether a variable reference starts at <paramref name="start"/>; <paramref name="end"/> is just past it.</summary>
    private static bool Variable(string path, int start, out string name, out int end)
    {
        name = "";
        end = start;
        var c = path[start];
        if (c == '%')
        {
            var close = path.IndexOf('%', start + 1);
            if (close <= start + 1) return false;
            name = path[(start + 1)..close];
            end = close + 1;
            return name.IndexOfAny(['/', '\\']) < 0;
        }
        if (c != '$' || start + 1 >= path.Length) return false;
        var braced = path[start + 1] == '{';
        var nameStart = start + (braced ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < path.Length && IsNameChar(path[nameEnd], nameEnd == nameStart)) nameEnd++;
        if (nameEnd == nameStart) return false;
        if (braced && (nameEnd >= path.Length || path[nameEnd] != '}')) return false;
        name = path[nameStart..nameEnd];
        end = braced ? nameEnd + 1 : nameEnd;
        return true;
    }

    private static bool IsNameChar(char c, bool first) => c == '_' || char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c));
}
