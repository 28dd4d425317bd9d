using System.Runtime.CompilerServices;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Documents;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Citations;

/// <summary>
/// What features ask of every entry of one .bib document version — keys, arXiv ids, title keys, search words —
/// computed once per version (a document's semantics never change) instead of on every keystroke.
/// </summary>
public sealed class BibEntryIndex
{
    // Keyed by the parse, which is immutable and dies with its document version; Lazy so racing requests build it once.
    private static readonly ConditionalWeakTable<DocumentSemantics, Lazy<BibEntryIndex>> Cache = new();

    private readonly ArxivId?[] _ids;
    private readonly bool[] _firstWithKey;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keysIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _citedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyById = new(StringComparer.Ordinal);
    private readonly Lazy<(BibWordIndex Words, HashSet<string> TitleKeys)> _search;

    private BibEntryIndex(DocumentSemantics semantics)
    {
        Entries = semantics.Bib.Entries;
        _ids = [.. Entries.Select(entry => BibEntryFacts.ArxivIdOf(semantics, entry))];
        _firstWithKey = new bool[Entries.Count];
        for (var i = 0; i < Entries.Count; i++)
        {
            var key = Entries[i].Key;
            _firstWithKey[i] = _keys.Add(key);
            _keysIgnoringCase.Add(key);
            if (_ids[i] is not { } id) continue;
            if (_firstWithKey[i]) _citedIds.Add(id.Id);
            _keyById.TryAdd(id.Id, key);
        }
        _search = new(BuildSearch);
    }

    /// <summary>The index of this version of a .bib document, built on first use.</summary>
    public static BibEntryIndex Of(TextDocument bib) =>
        Cache.GetValue(bib.Semantics, static semantics => new Lazy<BibEntryIndex>(() => new BibEntryIndex(semantics))).Value;

    /// <summary>The document's entries in file order; the indexes below refer to them.</summary>
    public IReadOnlyList<BibEntry> Entries { get; }

    /// <summary>The entry's arXiv id as <see cref="BibEntryFacts.ArxivIdOf"/> finds it.</summary>
    public ArxivId? ArxivIdAt(int entry) => _ids[entry];

    /// <summary>False for an entry whose key an earlier entry of the file already has (BibTeX uses the first).</summary>
    public bool IsFirstWithKey(int entry) => _firstWithKey[entry];

    /// <summary>Whether an entry has exactly this key.</summary>
    public bool HasKey(string key) => _keys.Contains(key);

    /// <summary>Whether an entry has this key ignoring case (how bibtex and biber see duplicates).</summary>
    public bool HasKeyIgnoringCase(string key) => _keysIgnoringCase.Contains(key);

    /// <summary>Whether an entry (the first with its key) carries this arXiv id.</summary>
    public bool CitesId(string id) => _citedIds.Contains(id);

    /// <summary>Whether an entry (the first with its key) has a title with this <see cref="PaperRecord.TitleKey"/>.</summary>
    public bool CitesTitle(string titleKey) => _search.Value.TitleKeys.Contains(titleKey);

    /// <summary>The key of the first entry that carries the arXiv id.</summary>
    public string? KeyOf(string id) => _keyById.GetValueOrDefault(id);

    /// <summary>Ascending indexes of the entries that match typed text (the rule is at <see cref="BibEntryFacts.SearchWords"/>).</summary>
    public IEnumerable<int> Matching(string query) =>
        // Nothing typed matches every entry: no need to build the word index (0.4 s for 75,000 entries) for that.
        query.Length == 0 ? Enumerable.Range(0, Entries.Count) : _search.Value.Words.Matching(query);

    /// <summary>Builds what a typed search needs, ahead of the first one.</summary>
    public void PrepareSearch() => _ = _search.Value;

    private (BibWordIndex, HashSet<string>) BuildSearch()
    {
        var titleKeys = new HashSet<string>(StringComparer.Ordinal);
        var words = new BibWordIndex([.. Entries.Select(e => e.Key)], i =>
        {
            var entry = Entries[i];
            var title = LatexText.ToReadable(entry["title"]);
            if (_firstWithKey[i] && entry["title"] is not null) titleKeys.Add(PaperRecord.TitleKey(title));
            return (title, LatexText.ToReadable(entry["author"]));
        });
        return (words, titleKeys);
    }
}
