using CsCheck;
using PapersLsp.Catalog.Sqlite;
using PapersLsp.Catalog.Tests.Store;

namespace PapersLsp.Catalog.Tests.Reliability;

/// <summary>
/// Generated queries full of FTS5 syntax against the SQLite catalog: they never fail, and punctuation that is
/// FTS5 syntax (<c>" * : ^ - + ( )</c>) means what a space means. (Word operators such as AND and NEAR are
/// plain words; Store/CatalogBehaviourTests pins those.)
/// </summary>
public sealed class FtsQueryProperties : IDisposable
{
    private readonly TempCatalogFile _file = new();
    private readonly SqlitePaperCatalog _catalog;

    public FtsQueryProperties()
    {
        _catalog = _file.Open();
        _catalog.Upsert(Papers.All);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        _file.Dispose();
    }

    private static readonly Gen<string> Token = Gen.OneOf(
        "attention", "image", "recognition", "holography", "deep", "residual", "AND", "OR", "NOT", "NEAR", "NEAR(", "near/3",
        "\"", "*", ":", "-", "^", "+", "(", ")", "{", "}", "title:", "authors:", "1706.0", "hep-th/97", " ", "'", ";", "--", "/*", "\u0000", "é", "😀");

    private static readonly Gen<string> Queries = Gen.OneOf(Token.Array[0, 8].Select(string.Concat), Token.Array[0, 6].Select(t => string.Join(' ', t)), Gen.String);

    [Fact]
    public void Any_query_returns_without_failing() =>
        Queries.Sample(query => Assert.True(_catalog.Search(query, 10).Count <= 10), iter: 1500, threads: 1);

    [Fact]
    public void Fts_punctuation_means_a_space() =>
        Token.Array[1, 6].Select(t => string.Join(' ', t)).Sample(query =>
        {
            var plain = new string([.. query.Select(c => "\"*:^-+()".Contains(c) ? ' ' : c)]);
            Assert.Equal(Keys(plain), Keys(query));
        }, iter: 600, threads: 1);

    private string[] Keys(string query) => [.. _catalog.Search(query, 10).Select(m => m.Paper.Key)];
}
