using Microsoft.Data.Sqlite;
using PapersLsp.Catalog.Sqlite;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Tests.Store;

/// <summary>What only the SQLite file adds: persistence, schema versioning, damaged files.</summary>
public sealed class SqliteCatalogStoreTests : IDisposable
{
    private readonly TempCatalogFile _file = new();

    public void Dispose() => _file.Dispose();

    private static PaperRecord EveryField()
    {
        Assert.True(ArxivId.TryParse("math.GT/0309136v2", out var id));
        return new PaperRecord
        {
            Key = id.Id,
            ArxivId = id,
            Title = "The entropy formula for the Ricci flow and its geometric applications — $\\mathcal{W}$ «ünïcode»",
            Authors = [new PaperAuthor("Grisha Perelman", "Grisha", "Perelman"), new PaperAuthor("J. R. R. Tolkien, Jr.", "J. R. R.", "Tolkien", "Jr."), new PaperAuthor("Anonymous")],
            AuthorCount = 3,
            Abstract = "We present a monotonic expression for the Ricci flow.\nLine two with \"quotes\" and \\emph{LaTeX}.",
            PrimaryCategory = "math.DG",
            Categories = ["math.DG", "math.GT"],
            Versions = [new PaperVersion(1, new DateOnly(2002, 11, 11)), new PaperVersion(2, null)],
            LatestVersion = 2,
            Published = new DateOnly(2002, 11, 11),
            Updated = new DateOnly(2003, 3, 10),
            Doi = "10.1000/perelman",
            JournalRef = "Unpublished",
            Comments = "39 pages",
            Links = ["https://arxiv.org/abs/math/0211159", "https://example.org/p.pdf"],
            Sources = [new PaperSource("kaggle", "/data/snap.json", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))),
                new PaperSource("seed", null, new DateTimeOffset(2026, 2, 2, 3, 4, 5, TimeSpan.Zero))],
        };
    }

    [Fact]
    public void Every_field_round_trips_through_the_file()
    {
        var original = EveryField();
        using (var catalog = _file.Open()) Assert.Equal(new UpsertResult(1, 0, 0), catalog.Upsert([original]));
        using var reopened = _file.Open();
        var stored = reopened.GetByKey("math/0309136")!;
        var expected = original with { ArxivId = original.ArxivId!.WithoutVersion() };
        Assert.True(PaperMerger.HaveSameContent(expected, stored));
        Assert.Equal(expected.Sources, stored.Sources);   // import times too, offsets included
        Assert.Equal("GT", original.ArxivId.SubjectClass);
        Assert.Equal(expected.Authors, stored.Authors);
        Assert.Equal(expected.Versions, stored.Versions);
    }

    [Fact]
    public void A_new_file_gets_the_schema_version_and_reopening_keeps_the_data()
    {
        using (var catalog = _file.Open()) catalog.Upsert(Papers.All);
        Assert.Equal(SqlitePaperCatalog.SchemaVersion, UserVersion());
        Assert.Equal("wal", Pragma("journal_mode"));
        using var reopened = _file.Open();
        Assert.Equal(10, reopened.GetStats().Papers);
        Assert.Equal(_file.Path, reopened.GetStats().Location);
        Assert.Equal("1706.03762", reopened.Search("attention need", 5)[0].Paper.Key);
        Assert.Equal(new UpsertResult(0, 0, 10), reopened.Upsert(Papers.All));
        reopened.CheckIntegrity();
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_reported_and_left_untouched()
    {
        var content = "this is my thesis, not a database\n"u8.ToArray();
        File.WriteAllBytes(_file.Path, content);
        var error = Assert.Throws<CatalogUnavailableException>(_file.Open);
        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("--catalog", error.Message, StringComparison.Ordinal);
        Assert.Equal(_file.Path, error.Path);
        Assert.Equal(content, File.ReadAllBytes(_file.Path));
    }

    [Fact]
    public void A_damaged_catalog_fails_the_integrity_check_with_a_clear_error()
    {
        using (var catalog = _file.Open())
        {
            catalog.Upsert(Enumerable.Range(0, 3000).Select(i => Papers.Arxiv($"2401.{i:00000}", $"Paper number {i} about things", ["A B"], "2024-01-01")));
            catalog.Optimize();
        }
        Checkpoint();
        using (var stream = new FileStream(_file.Path, FileMode.Open, FileAccess.ReadWrite))
        {
            // Scribble over the middle pages (b-tree pages of the tables), keeping the header valid.
            stream.Position = stream.Length / 2;
            stream.Write(Enumerable.Repeat((byte)0xA5, 16384).ToArray());
        }
        var error = Assert.Throws<CatalogUnavailableException>(() =>
        {
            using var catalog = _file.Open();
            catalog.CheckIntegrity();
        });
        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_applications_database_is_not_taken_over()
    {
        using (var other = new SqliteConnection($"Data Source={_file.Path};Pooling=false"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE invoices(id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<CatalogUnavailableException>(_file.Open);
        Assert.Contains("invoices", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, UserVersion());
    }

    [Fact]
    public void A_catalog_from_a_newer_version_is_refused()
    {
        using (_file.Open()) { }
        Execute($"PRAGMA user_version = {SqlitePaperCatalog.SchemaVersion + 1}");
        var error = Assert.Throws<CatalogUnavailableException>(_file.Open);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_creates_missing_folders() =>
        Assert.Equal(0, new SqlitePaperCatalog(Path.Combine(_file.Folder, "a", "b", "catalog.db")).GetStats().Papers);

    private long UserVersion() => (long)Pragma("user_version")!;

    private object? Pragma(string name) => Execute($"PRAGMA {name}");

    private void Checkpoint() => Execute("PRAGMA wal_checkpoint(TRUNCATE)");

    private object? Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
