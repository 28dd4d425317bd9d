using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Sqlite;

/// <summary>
/// Collects the distinct words of a batch's titles and authors for the typo vocabulary, cheaply: ASCII text (nearly
/// all of it) is split and lower-cased in place and a word already seen allocates nothing; other text goes through
/// <see cref="SearchText.Words"/>, which folds diacritics the way the FTS5 tokenizer does.
/// </summary>
internal sealed class SearchTermCollector(int minLength)
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Words => _words;

    public void Clear() => _words.Clear();

    public void Add(string text)
    {
        List<string>? ignored = null;
        Add(text, ref ignored, report: false);
    }

    /// <summary>Adds the words of <paramref name="text"/> and appends those not collected before to <paramref name="fresh"/> (created when needed).</summary>
    public void Add(string text, ref List<string>? fresh) => Add(text, ref fresh, report: true);

    private void Add(string text, ref List<string>? fresh, bool report)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                foreach (var word in SearchText.Words(text))
                    if (word.Length >= minLength && _words.Add(word) && report) (fresh ??= []).Add(word);
                return;
            }
        }
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length < buffer.Length) buffer[length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }
            if (length >= minLength && length <= buffer.Length && !lookup.Contains(buffer[..length]))
            {
                var word = new string(buffer[..length]);
                _words.Add(word);
                if (report) (fresh ??= []).Add(word);
            }
            length = 0;
        }
    }
}
