using Microsoft.Data.Sqlite;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// The catalog's schema as an explicit list of migrations; <c>PRAGMA user_version</c> holds how many have run.
/// A migration is appended, never edited, once released.
/// </summary>
internal static class CatalogSchema
{
    /// <summary>
    /// Full-text index over title, author names and id (plus the year) only: completion needs no more, and measured on
    /// 200 k generated records, adding abstracts made the index 7× larger (181 vs 25 MB) and inserts ~4× slower.
    /// Contentless with contentless_delete, because the text lives in <c>papers</c> already. Tokenizer
    /// <c>unicode61 remove_diacritics 2</c>, not trigram: trigram made the index 4.5× larger and inserts 3.3× slower
    /// (19 k vs 62 k rows per CPU-second), while word prefixes plus the shared ranker's typo checks give completion what
    /// it needs. The first schema had a 2-character prefix index; the fourth migration drops it (see there).
    /// </summary>
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE papers(
              id INTEGER PRIMARY KEY,
              key TEXT NOT NULL UNIQUE,
              arxiv_id TEXT,
              title TEXT NOT NULL,
              authors TEXT NOT NULL,
              author_count INTEGER,
              abstract TEXT,
              primary_category TEXT,
              categories TEXT NOT NULL,
              versions TEXT NOT NULL,
              latest_version INTEGER,
              published TEXT,
              updated TEXT,
              doi TEXT,
              journal_ref TEXT,
              comments TEXT,
              links TEXT NOT NULL)
            """,
            """
            CREATE TABLE paper_sources(
              paper_id INTEGER NOT NULL,
              name TEXT NOT NULL,
              file TEXT NOT NULL,
              imported_at TEXT NOT NULL,
              PRIMARY KEY(paper_id, name, file)) WITHOUT ROWID
            """,
            """
            CREATE VIRTUAL TABLE paper_search USING fts5(
              title, authors, ident,
              content='', contentless_delete=1,
              tokenize='unicode61 remove_diacritics 2', prefix='2')
            """,
        ],
        [
            // The indexed words, so a word typed with a typo can be matched to the words one edit away from it. A plain
            // B-tree, because FTS5's own vocabulary table reads every word's document list (100+ ms at 2.8 M papers).
            "CREATE TABLE search_terms(term TEXT PRIMARY KEY) WITHOUT ROWID",
            "CREATE VIRTUAL TABLE temp.migration_terms USING fts5vocab(main, 'paper_search', 'row')",
            "INSERT OR IGNORE INTO search_terms(term) SELECT term FROM temp.migration_terms WHERE length(term) >= 3",
            "DROP TABLE temp.migration_terms",
        ],
        [
            // FTS5 keeps new rows in an in-memory hash and writes it out as a segment when it passes this size; with
            // the default 1 MB a big import wrote thousands of small segments and spent most of its index time merging
            // them again (a 300 k-record import took 40% less CPU in the index with 64 MB). Small writes never get
            // near it: a transaction's rows are written out at its end whatever their size.
            "INSERT INTO paper_search(paper_search, rank) VALUES('hashsize', 67108864)",
        ],
        [
            // The index again, without the 2-character prefix index: it doubled the work of every insert (a 2.8 M-record
            // import took 64 s with it, 55 s without), and search no longer asks for prefixes that short (it expands
            // typed words through search_terms and leaves one- and two-letter words to the ranker). Contentless, so it is
            // rebuilt from papers, column for column as PaperRow.SearchColumns writes them.
            "DROP TABLE paper_search",
            $"CREATE VIRTUAL TABLE paper_search USING fts5({SearchTable})",
            "INSERT INTO paper_search(paper_search, rank) VALUES('hashsize', 67108864)",
            """
            INSERT INTO paper_search(rowid, title, authors, ident)
            SELECT id, title,
              coalesce((SELECT group_concat(coalesce(a.value ->> 'n', (a.value ->> 'g') || ' ' || (a.value ->> 'f')), '; ')
                        FROM json_each(papers.authors) a), ''),
              CASE WHEN arxiv_id IS NULL THEN coalesce(year, '') ELSE arxiv_id || coalesce(' ' || year, '') END
            FROM (SELECT id, title, authors, arxiv_id,
                    coalesce(CAST(substr(published, 1, 4) AS INTEGER),
                      CASE WHEN arxiv_id IS NULL THEN NULL
                           WHEN instr(arxiv_id, '/') = 0 THEN 2000 + CAST(substr(arxiv_id, 1, 2) AS INTEGER)
                           WHEN CAST(substr(arxiv_id, instr(arxiv_id, '/') + 1, 2) AS INTEGER) >= 91
                             THEN 1900 + CAST(substr(arxiv_id, instr(arxiv_id, '/') + 1, 2) AS INTEGER)
                           ELSE 2000 + CAST(substr(arxiv_id, instr(arxiv_id, '/') + 1, 2) AS INTEGER) END) AS year
                  FROM papers) AS papers
            """,
        ],
    ];

    /// <summary>The full-text table's columns and options as the latest migration creates it.</summary>
    private const string SearchTable =
        "title, authors, ident, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'";

    /// <summary>The schema version this build writes.</summary>
    public static int Version => Migrations.Length;

    private static readonly HashSet<string> OwnTables = new(StringComparer.OrdinalIgnoreCase) { "papers", "paper_sources", "paper_search", "search_terms" };

    /// <summary>Brings the database to <see cref="Version"/> in one write transaction; throws when the file is not ours or newer.</summary>
    public static void Migrate(SqliteConnection connection, string path, Action<string>? report = null)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Version)
            throw new CatalogUnavailableException(path,
                $"The paper catalog {path} has schema version {version}, newer than this papers-lsp understands ({Version}). Update papers-lsp, or point it at another catalog file (--catalog / PAPERS_LSP_CATALOG).");
        if (version == Version) return;
        if (version == 0 && ForeignTables(connection, transaction) is { Count: > 0 } foreign)
            throw new CatalogUnavailableException(path,
                $"{path} is a SQLite database but not a papers-lsp catalog (it has tables {string.Join(", ", foreign)}). Choose another catalog file (--catalog / PAPERS_LSP_CATALOG); this one was left untouched.");
        // Some migrations rebuild the search index, which takes a while for a big catalog (35 s at 2.8 M papers).
        if (version > 0)
            report?.Invoke($"updating the paper catalog {path} from schema version {version} to {Version} (once; a catalog of millions of papers takes a minute)");
        for (var step = version; step < Version; step++)
            foreach (var sql in Migrations[step])
                Scalar(connection, transaction, sql);
        Scalar(connection, transaction, $"PRAGMA user_version = {Version}");
        transaction.Commit();
    }

    private static List<string> ForeignTables(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        using var reader = command.ExecuteReader();
        var foreign = new List<string>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (!OwnTables.Contains(name) && !name.StartsWith("paper_search_", StringComparison.Ordinal)) foreign.Add(name);
        }
        return foreign;
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
