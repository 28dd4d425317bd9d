namespace PapersLsp.Features.Citations;

/// <summary>
/// The search words of a bibliography's entries, sorted, with the entries each occurs in: typed text finds the
/// entries it matches (the rule is at <see cref="BibEntryFacts.SearchWords"/>) by binary search, in file order,
/// without a pass over every entry.
/// </summary>
internal sealed class BibWordIndex
{
    // Distinct words sorted by OrdinalIgnoreCase, the comparison Matches uses: the words a typed prefix starts are then
    // one contiguous run, and a word id range stands for "starts with the prefix".
    private readonly string[] _words;
    private readonly int[] _postingStarts; // entries of word w: _postings[_postingStarts[w] .. _postingStarts[w + 1]), ascending
    private readonly int[] _postings;
    private readonly int[] _entryWordStarts; // word ids of entry e: _entryWords[_entryWordStarts[e] .. _entryWordStarts[e + 1])
    private readonly int[] _entryWords;
    private readonly string _keys; // every key followed by '\0': one substring search over all keys
    private readonly string _upperKeys; // the same upper-cased, for an ordinal (vectorised) search
    private readonly int[] _keyStarts;

    /// <summary>Indexes the entries with these keys; <paramref name="readable"/> gives an entry's readable title and authors.</summary>
    public BibWordIndex(IReadOnlyList<string> keys, Func<int, (string Title, string Authors)> readable)
    {
        var count = keys.Count;
        // Words are looked up as spans of the text, so only distinct words become strings (a few per cent of them).
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var distinct = new List<string>();
        var lastEntry = new List<int>(); // by provisional id: the last entry that had the word, to list it once per entry
        var provisional = new List<int>();
        _entryWordStarts = new int[count + 1];
        for (var e = 0; e < count; e++)
        {
            _entryWordStarts[e] = provisional.Count;
            var (title, authors) = readable(e);
            AddWords(keys[e], e);
            AddWords(title, e);
            AddWords(authors, e);
        }
        _entryWordStarts[count] = provisional.Count;

        // The words of "key title authors" split as BibEntryFacts.SearchWords splits them: the parts are joined with a
        // separator, so no word spans two parts.
        void AddWords(string text, int entry)
        {
            var rest = text.AsSpan();
            while (rest.Length > 0)
            {
                var end = rest.IndexOfAny(BibEntryFacts.WordSeparators);
                var word = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (word.IsEmpty) continue;
                if (!lookup.TryGetValue(word, out var id))
                {
                    id = distinct.Count;
                    var copy = word.ToString();
                    ids.Add(copy, id);
                    distinct.Add(copy);
                    lastEntry.Add(-1);
                }
                if (lastEntry[id] == entry) continue;
                lastEntry[id] = entry;
                provisional.Add(id);
            }
        }

        _words = [.. distinct];
        var order = new int[_words.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(_words, order, StringComparer.OrdinalIgnoreCase);
        var rank = new int[order.Length];
        for (var i = 0; i < order.Length; i++) rank[order[i]] = i;

        _entryWords = new int[provisional.Count];
        _postingStarts = new int[_words.Length + 1];
        for (var i = 0; i < _entryWords.Length; i++)
        {
            _entryWords[i] = rank[provisional[i]];
            _postingStarts[_entryWords[i] + 1]++;
        }
        for (var w = 0; w < _words.Length; w++) _postingStarts[w + 1] += _postingStarts[w];
        _postings = new int[_entryWords.Length];
        var fill = (int[])_postingStarts.Clone();
        for (var e = 0; e < count; e++) // entries in order: each word's postings come out ascending
            for (var i = _entryWordStarts[e]; i < _entryWordStarts[e + 1]; i++)
                _postings[fill[_entryWords[i]]++] = e;

        _keyStarts = new int[count + 1];
        var all = new System.Text.StringBuilder();
        for (var e = 0; e < count; e++)
        {
            _keyStarts[e] = all.Length;
            all.Append(keys[e]).Append('\0');
        }
        _keyStarts[count] = all.Length;
        _keys = all.ToString();
        _upperKeys = _keys.ToUpperInvariant();
    }

    public int Count => _keyStarts.Length - 1;

    /// <summary>Ascending indexes of the entries that match the query.</summary>
    public IEnumerable<int> Matching(string query)
    {
        if (query.Length == 0) return Enumerable.Range(0, Count);
        var typed = BibEntryFacts.QueryWords(query);
        if (typed.Length == 0) return Enumerable.Range(0, Count);
        var keyHits = KeysContaining(query);
        var ranges = new (int From, int To)[typed.Length];
        for (var i = 0; i < typed.Length; i++)
        {
            ranges[i] = PrefixRange(typed[i]);
            if (ranges[i].From == ranges[i].To) return keyHits;
        }
        return Union(keyHits, WordMatches(ranges));
    }

    /// <summary>
    /// Ascending entries whose key contains the text (ignoring case), searched lazily over the joined keys: completion
    /// stops after the first fifty matches, so a short text common in keys does not walk them all. The search is
    /// ordinal over upper-cased text (what OrdinalIgnoreCase compares), because the server runs in invariant
    /// globalization mode, where an OrdinalIgnoreCase search is a plain loop ~25 times slower; each hit is confirmed
    /// with the comparison itself.
    /// </summary>
    private IEnumerable<int> KeysContaining(string query)
    {
        if (query.Contains('\0', StringComparison.Ordinal))
        {
            for (var e = 0; e < Count; e++)
                if (KeyOf(e).Contains(query, StringComparison.OrdinalIgnoreCase)) yield return e;
            yield break;
        }
        var upper = query.ToUpperInvariant();
        for (var at = _upperKeys.IndexOf(upper, StringComparison.Ordinal); at >= 0; )
        {
            var entry = EntryAt(at);
            if (KeyOf(entry).Contains(query, StringComparison.OrdinalIgnoreCase)) yield return entry;
            var next = _keyStarts[entry + 1];
            at = next >= _upperKeys.Length ? -1 : _upperKeys.IndexOf(upper, next, StringComparison.Ordinal);
        }
    }

    private ReadOnlySpan<char> KeyOf(int entry) => _keys.AsSpan(_keyStarts[entry], _keyStarts[entry + 1] - _keyStarts[entry] - 1);

    private int EntryAt(int offset)
    {
        var found = Array.BinarySearch(_keyStarts, offset);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>The word ids [From, To) of the words that start with the typed word, ignoring case.</summary>
    private (int From, int To) PrefixRange(string typed) =>
        (LowerBound(typed, inclusive: true), LowerBound(typed, inclusive: false));

    // First word whose first typed.Length characters compare >= typed (inclusive) or > typed; cutting sorted words
    // to a length keeps them sorted, so both are binary searches.
    private int LowerBound(string typed, bool inclusive)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.Compare(_words[middle], 0, typed, 0, typed.Length, StringComparison.OrdinalIgnoreCase);
            if (inclusive ? order >= 0 : order > 0) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>
    /// Entries with, for every typed word, a word it starts. Candidates are the entries of the rarest typed word; when
    /// even that one is in a large share of the entries, walking all entries in order finds the first matches sooner.
    /// </summary>
    private IEnumerable<int> WordMatches((int From, int To)[] ranges)
    {
        var rarest = ranges.MinBy(r => _postingStarts[r.To] - _postingStarts[r.From]);
        var size = _postingStarts[rarest.To] - _postingStarts[rarest.From];
        if (size > Count / 4)
        {
            for (var e = 0; e < Count; e++)
                if (HasAll(e, ranges)) yield return e;
            yield break;
        }
        var candidates = _postings.AsSpan(_postingStarts[rarest.From], size).ToArray();
        Array.Sort(candidates);
        for (var i = 0; i < candidates.Length; i++)
        {
            if (i > 0 && candidates[i] == candidates[i - 1]) continue;
            if (ranges.Length == 1 || HasAll(candidates[i], ranges)) yield return candidates[i];
        }
    }

    private bool HasAll(int entry, (int From, int To)[] ranges)
    {
        foreach (var (from, to) in ranges)
        {
            var found = false;
            for (var i = _entryWordStarts[entry]; i < _entryWordStarts[entry + 1] && !found; i++)
                found = _entryWords[i] >= from && _entryWords[i] < to;
            if (!found) return false;
        }
        return true;
    }

    /// <summary>Two ascending sequences as one, each index once.</summary>
    private static IEnumerable<int> Union(IEnumerable<int> first, IEnumerable<int> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        bool hasA = a.MoveNext(), hasB = b.MoveNext();
        while (hasA || hasB)
        {
            if (hasA && (!hasB || a.Current <= b.Current))
            {
                var value = a.Current;
                yield return value;
                if (hasB && b.Current == value) hasB = b.MoveNext();
                hasA = a.MoveNext();
            }
            else
            {
                yield return b.Current;
                hasB = b.MoveNext();
            }
        }
    }
}
