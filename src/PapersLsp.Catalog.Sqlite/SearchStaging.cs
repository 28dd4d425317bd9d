using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// The search rows of one write, staged in a temporary table and moved into the FTS index with one statement per
/// batch (row-by-row FTS5 inserts from .NET cost about five times more than the same rows moved inside SQLite); the
/// batch's words join the typo vocabulary when it is moved.
/// </summary>
internal sealed class SearchStaging(CatalogConnection connection)
{
    private const string StageRow = "INSERT OR REPLACE INTO temp.search_staging(rowid, title, authors, ident) VALUES(?, ?, ?, ?)";
    private readonly SearchTermCollector _words = new(FtsQuery.VocabularyMinLength);
    private readonly List<string> _preparedWords = [];
    private readonly NativeStatement _stageRow = connection.Native(StageRow);   // looked up once, used per paper

    /// <summary>Stages a paper prepared ahead: its search text and new words are already worked out.</summary>
    public void Stage(long id, PreparedPaper paper)
    {
        paper.Search.BindTo(_stageRow.Bind(0, id), first: 1).Run();
        _preparedWords.AddRange(paper.NewWords);
    }

    public void Stage(long id, PaperRecord paper)
    {
        var search = PaperRow.SearchColumns(paper);
        _stageRow.Bind(0, id).Bind(1, search.Title).Bind(2, search.Authors).Bind(3, search.Ident).Run();
        _words.Add(search.Title);
        _words.Add(search.Authors);
    }

    public void Flush()
    {
        connection.Execute("INSERT INTO paper_search(rowid, title, authors, ident) SELECT rowid, title, authors, ident FROM temp.search_staging");
        var addWord = connection.Native("INSERT OR IGNORE INTO search_terms(term) VALUES(?)");
        foreach (var word in _words.Words) addWord.Bind(0, word).Run();
        foreach (var word in _preparedWords) addWord.Bind(0, word).Run();
        connection.Execute("DELETE FROM temp.search_staging");
        _words.Clear();
        _preparedWords.Clear();
    }
}
