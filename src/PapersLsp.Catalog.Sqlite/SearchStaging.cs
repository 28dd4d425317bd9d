using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// The search rows of one write, staged in a temporary table and moved into the FTS index with one statement per
/// batch (row-by-row FTS5 inserts from .NET cost about five times more than the same rows moved inside SQLite); the
/// batch's words join the typo vocabulary as they are staged, each once per batch.
/// </summary>
internal sealed class SearchStaging(CatalogConnection connection)
{
    private readonly SearchTermCollector _words = new(FtsQuery.VocabularyMinLength);

    public void Stage(long id, PaperRecord paper)
    {
        var (title, authors, ident) = PaperRow.SearchColumns(paper);
        connection.Execute("INSERT OR REPLACE INTO temp.search_staging(rowid, title, authors, ident) VALUES($0, $1, $2, $3)", id, title, authors, ident);
        _words.Add(title);
        _words.Add(authors);
    }

    public void Flush()
    {
        connection.Execute("INSERT INTO paper_search(rowid, title, authors, ident) SELECT rowid, title, authors, ident FROM temp.search_staging");
        foreach (var word in _words.Words) connection.Execute("INSERT OR IGNORE INTO search_terms(term) VALUES($0)", word);
        connection.Execute("DELETE FROM temp.search_staging");
        _words.Clear();
    }
}
