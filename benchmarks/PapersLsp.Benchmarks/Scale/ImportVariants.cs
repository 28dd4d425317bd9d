using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PapersLsp.Catalog.Import;
using PapersLsp.Catalog.Import.Kaggle;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Benchmarks.Scale;

/// <summary>
/// Where an import's time goes in SQLite, measured outside the store on the store's schema: the same parsed records
/// written in one transaction the way the store writes them (look up the key, insert the row, its source, its
/// full-text entry), then with one change at a time. Evidence for proposals to the store; the store is not changed here.
/// </summary>
public static class ImportVariants
{
    private sealed record Variant(string Name, bool LookUpFirst, bool FullText, string Tokenizer, int CacheKb, bool Staged = false);

    private const string StoreTokenizer = "tokenize='unicode61 remove_diacritics 2', prefix='2'";

    private static readonly Variant[] Variants =
    [
        new("SELECT key, INSERT, source, FTS row by row (the store before 80f085e)", true, true, StoreTokenizer, 32_000),
        new("INSERT … ON CONFLICT(key) DO NOTHING first, FTS row by row", false, true, StoreTokenizer, 32_000),
        new("INSERT first, FTS rows staged and moved in one statement (the store since 80f085e)", false, true, StoreTokenizer, 32_000, Staged: true),
        new("… staged + 256 MB page cache", false, true, StoreTokenizer, 256_000, Staged: true),
        new("… staged, FTS without the 2-character prefix index", false, true, "tokenize='unicode61 remove_diacritics 2'", 32_000, Staged: true),
        new("INSERT first, no FTS at all (lower bound)", false, false, StoreTokenizer, 32_000),
    ];

    public static int Run(string snapshot, int count)
    {
        var records = new List<PaperRecord>(count);
        using (var stream = File.OpenRead(snapshot))
            foreach (var item in new KaggleSnapshotImporter().Read(stream, ImportOrigin.Now(Path.GetFileName(snapshot))))
            {
                if (item.Paper is { } paper) records.Add(paper);
                if (records.Count == count) break;
            }
        foreach (var variant in Variants)
        {
            var path = Path.Combine(Path.GetTempPath(), $"papers-import-variant-{Environment.ProcessId}.db");
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
            var seconds = Write(path, variant, records);
            Console.WriteLine($"{records.Count / seconds,9:N0} records/s  {variant.Name}");
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
        return 0;
    }

    private static double Write(string path, Variant variant, List<PaperRecord> records)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode = WAL");
        Exec(connection, "PRAGMA synchronous = NORMAL");
        Exec(connection, $"PRAGMA cache_size = -{variant.CacheKb}");
        Exec(connection, "PRAGMA temp_store = MEMORY");
        Exec(connection, "CREATE TABLE papers(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, arxiv_id TEXT, title TEXT NOT NULL, authors TEXT NOT NULL, author_count INTEGER, abstract TEXT, primary_category TEXT, categories TEXT NOT NULL, versions TEXT NOT NULL, latest_version INTEGER, published TEXT, updated TEXT, doi TEXT, journal_ref TEXT, comments TEXT, links TEXT NOT NULL)");
        Exec(connection, "CREATE TABLE paper_sources(paper_id INTEGER NOT NULL, name TEXT NOT NULL, file TEXT NOT NULL, imported_at TEXT NOT NULL, PRIMARY KEY(paper_id, name, file)) WITHOUT ROWID");
        Exec(connection, $"CREATE VIRTUAL TABLE paper_search USING fts5(title, authors, ident, content='', contentless_delete=1, {variant.Tokenizer})");

        Exec(connection, "CREATE TEMP TABLE search_staging(rowid INTEGER PRIMARY KEY, title TEXT, authors TEXT, ident TEXT)");
        var started = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using var select = Command(connection, transaction, "SELECT id FROM papers WHERE key = $0", 1);
        using var insert = Command(connection, transaction,
            "INSERT INTO papers(key, arxiv_id, title, authors, author_count, abstract, primary_category, categories, versions, latest_version, published, updated, doi, journal_ref, comments, links) "
            + $"VALUES({string.Join(", ", Enumerable.Range(0, 16).Select(i => "$" + i))}) {(variant.LookUpFirst ? "" : "ON CONFLICT(key) DO NOTHING ")}RETURNING id", 16);
        using var source = Command(connection, transaction, "INSERT INTO paper_sources(paper_id, name, file, imported_at) VALUES($0, $1, $2, $3) ON CONFLICT(paper_id, name, file) DO UPDATE SET imported_at = excluded.imported_at", 4);
        using var index = Command(connection, transaction, $"INSERT INTO {(variant.Staged ? "temp.search_staging" : "paper_search")}(rowid, title, authors, ident) VALUES($0, $1, $2, $3)", 4);
        foreach (var paper in records)
        {
            if (variant.LookUpFirst)
            {
                select.Parameters[0].Value = paper.Key;
                if (select.ExecuteScalar() is not null) continue;
            }
            var values = Values(paper);
            for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            if (insert.ExecuteScalar() is not long id) continue;
            var s = paper.Sources[0];
            (source.Parameters[0].Value, source.Parameters[1].Value, source.Parameters[2].Value, source.Parameters[3].Value) = (id, s.Name, s.File ?? "", s.ImportedAt.ToString("o"));
            source.ExecuteNonQuery();
            if (!variant.FullText) continue;
            (index.Parameters[0].Value, index.Parameters[1].Value, index.Parameters[2].Value, index.Parameters[3].Value) =
                (id, paper.Title, string.Join(' ', paper.Authors.Select(a => a.Name)), $"{paper.ArxivId?.Id} {paper.Published?.Year}");
            index.ExecuteNonQuery();
        }
        if (variant.Staged)
        {
            using var move = Command(connection, transaction, "INSERT INTO paper_search(rowid, title, authors, ident) SELECT rowid, title, authors, ident FROM temp.search_staging", 0);
            move.ExecuteNonQuery();
        }
        transaction.Commit();
        return started.Elapsed.TotalSeconds;
    }

    private static object?[] Values(PaperRecord p) =>
    [
        p.Key, p.ArxivId?.Id, p.Title, JsonSerializer.Serialize(p.Authors.Select(a => new[] { a.Name, a.Given, a.Family })), p.AuthorCount, p.Abstract,
        p.PrimaryCategory, JsonSerializer.Serialize(p.Categories), JsonSerializer.Serialize(p.Versions.Select(v => new object?[] { v.Number, v.Date?.ToString("yyyy-MM-dd") })),
        p.LatestVersion, p.Published?.ToString("yyyy-MM-dd"), p.Updated?.ToString("yyyy-MM-dd"), p.Doi, p.JournalRef, p.Comments, JsonSerializer.Serialize(p.Links),
    ];

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter("$" + i, null));
        command.Prepare();
        return command;
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
