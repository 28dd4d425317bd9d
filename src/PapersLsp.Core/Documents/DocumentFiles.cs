using System.Text;

namespace PapersLsp.Core.Documents;

/// <summary>A file that could not be read as a document, and why.</summary>
public sealed record UnreadableFile(string Path, string Reason);

/// <summary>Finds the Markdown, LaTeX and BibTeX files under paths and reads them as text.</summary>
public static class DocumentFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", ".hg", ".svn", "node_modules", "bin", "obj", ".vscode-test", "__pycache__",
    };

    /// <summary>True for the extensions PapersLsp reads (.md, .markdown, .qmd, .rmd, .tex, .bib …).</summary>
    public static bool IsSupported(string path) => DocumentLanguages.FromPath(path) != DocumentLanguage.PlainText;

    /// <summary>
    /// Expands files and folders into supported files, in a stable order. Folders are walked recursively,
    /// skipping version-control and build folders; a symbolic link to a folder already visited is skipped
    /// (so link loops end). Paths that do not exist are reported in <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<UnreadableFile> problems)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path)) Walk(path, files, visited, problems);
            else problems.Add(new UnreadableFile(path, "no such file or folder"));
        }
        return files;
    }

    private static void Walk(string folder, List<string> files, HashSet<string> visited, List<UnreadableFile> problems)
    {
        var real = RealPath(folder);
        if (!visited.Add(real)) return;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                if (IsSupported(file)) files.Add(file);
            foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
                if (!SkippedFolders.Contains(Path.GetFileName(sub))) Walk(sub, files, visited, problems);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new UnreadableFile(folder, ex.Message));
        }
    }

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }

    /// <summary>
    /// Reads a file as UTF-8 text (a BOM is honoured). Files with NUL bytes are binary; invalid UTF-8 is read
    /// as Latin-1, which never fails and keeps every byte (old .bib files are often Latin-1).
    /// </summary>
    public static bool TryRead(string path, out string text, out string? problem)
    {
        text = "";
        problem = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex.Message;
            return false;
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            problem = "binary file (contains NUL bytes)";
            return false;
        }
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        return true;
    }
}
