using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PapersLsp.Catalog.Tests.Import;

namespace PapersLsp.Catalog.Tests.Reliability;

/// <summary>Starts the built papers-lsp executable against a catalog file, and reads that file's state afterwards.</summary>
internal static partial class CatalogProcess
{
    public static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papers-lsp.dll"));
        foreach (var a in arguments) info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start papers-lsp");
    }

    /// <summary>Runs to completion; returns the exit code and stderr.</summary>
    public static async Task<(int Code, string Stderr)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        process.StandardInput.Close();
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stderr);
    }

    /// <summary>
    /// Writes a snapshot-shaped JSON-lines file of <paramref name="count"/> records whose ids start at record
    /// <paramref name="first"/> (real corpus records with fresh new-style ids), so every batch is distinct.
    /// </summary>
    public static IReadOnlyList<string> WriteSnapshot(string path, int first, int count)
    {
        var templates = File.ReadLines(Corpus.PathOf("arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl")).Where(l => l.Length > 0).ToArray();
        var ids = new List<string>(count);
        using var writer = new StreamWriter(path);
        for (var i = first; i < first + count; i++)
        {
            var months = i / 20000;
            var id = $"{15 + months / 12:00}{months % 12 + 1:00}.{i % 20000 + 1:00000}";
            ids.Add(id);
            writer.WriteLine(IdValue().Replace(templates[i % templates.Length], $"\"id\":\"{id}\"", 1));
        }
        return ids;
    }

    /// <summary>SQLite's full integrity check of the file, and the catalog keys it holds.</summary>
    public static (string Integrity, HashSet<string> Keys) Inspect(string catalogPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = catalogPath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = string.Join("; ", Rows(check));
        using var keys = connection.CreateCommand();
        keys.CommandText = "SELECT key FROM papers";
        return (integrity, Rows(keys).ToHashSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Rows(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader.GetString(0);
    }

    [GeneratedRegex("\"id\":\"[^\"]*\"")]
    private static partial Regex IdValue();
}
