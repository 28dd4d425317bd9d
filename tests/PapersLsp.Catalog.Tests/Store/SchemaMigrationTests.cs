using Microsoft.Data.Sqlite;

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
        using (var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE search_terms; PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }
        using var migrated = file.Open();
        Assert.Equal("1512.03385", migrated.Search("resdiual lerning", 5)[0].Paper.Key);
        Assert.Equal(Papers.All.Length, (int)migrated.GetStats().Papers);
    }
}
