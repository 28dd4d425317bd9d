using Microsoft.Data.Sqlite;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>Catalogs written by an older papers-lsp are migrated in place, keeping their papers.</summary>
public sealed class SchemaMigrationTests
{
    [Fact]
    public void A_version_1_catalog_gains_the_typo_vocabulary_from_its_index()
    {
        using var file = new TempCatalogFile();
        using (var catalog = file.Open()) catalog.Upsert(Papers.All);
        // Turn it back into what version 1 wrote: no typo vocabulary.
        file.Sql("DROP TABLE search_terms; PRAGMA user_version = 1;");
        var said = new List<string>();
        using var migrated = new PapersLsp.Catalog.Sqlite.SqlitePaperCatalog(file.Path, said.Add);
        Assert.Contains($"from schema version 1 to {PapersLsp.Catalog.Sqlite.SqlitePaperCatalog.SchemaVersion}", Assert.Single(said), StringComparison.Ordinal);
        Assert.Equal("1512.03385", migrated.Search("resdiual lerning", 5)[0].Paper.Key);
        Assert.Equal(Papers.All.Length, (int)migrated.GetStats().Papers);
    }

    /// <summary>A paper known only by an old-style id (no date): its indexed year comes from the id.</summary>
    private static PaperRecord UndatedOldStyle()
    {
        Assert.True(PapersLsp.Core.Arxiv.ArxivId.TryParse("hep-th/9901001", out var id));
        return new PaperRecord { Key = id.Id, ArxivId = id, Title = "Undated strings on the lattice", Authors = [Papers.Author("Ada Lovelace")] };
    }

    [Fact]
    public void A_version_3_catalog_gets_its_index_rebuilt_without_prefix_lists_word_for_word_as_an_import_writes_it()
    {
        PaperRecord[] papers = [.. Papers.All, UndatedOldStyle()];
        using var imported = new TempCatalogFile();
        var said = new List<string>();
        using (var catalog = new PapersLsp.Catalog.Sqlite.SqlitePaperCatalog(imported.Path, said.Add)) catalog.Upsert(papers);
        Assert.Empty(said);   // a new file has nothing to update
        using var migrated = new TempCatalogFile();
        using (var catalog = migrated.Open()) catalog.Upsert(papers);
        // Turn the second file back into what version 3 wrote: the index with its prefix lists (left empty here, so
        // only the rebuild can fill it).
        migrated.Sql("""
            DROP TABLE paper_search;
            CREATE VIRTUAL TABLE paper_search USING fts5(title, authors, ident, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2');
            PRAGMA user_version = 3;
            """);

        using (var catalog = migrated.Open())
        {
            Assert.Equal("hep-th/9901001", catalog.Search("undated 1999", 5)[0].Paper.Key);
            Assert.Equal("1706.03762", catalog.Search("vaswani attention 2017", 5)[0].Paper.Key);
        }
        Assert.DoesNotContain("prefix", migrated.Sql("SELECT sql FROM sqlite_master WHERE name = 'paper_search'") as string, StringComparison.Ordinal);
        // Every token of every paper in the same column and position as the import put it.
        Assert.Equal(IndexedTokens(imported.Path), IndexedTokens(migrated.Path));
    }

    private static List<string> IndexedTokens(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, 'paper_search', 'instance'); SELECT p.key, t.term, t.col, t.offset FROM temp.tokens t JOIN papers p ON p.id = t.doc ORDER BY 1, 3, 4";
        using var reader = command.ExecuteReader();
        var tokens = new List<string>();
        while (reader.Read()) tokens.Add($"{reader.GetString(0)} {reader.GetString(2)} {reader.GetInt64(3)} {reader.GetString(1)}");
        Assert.NotEmpty(tokens);
        return tokens;
    }
}
