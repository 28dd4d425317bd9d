namespace PapersLsp.Core.Bibtex;

/// <summary>
/// Lower-cases entry types and field names through a per-parse cache, so that the thousands of <c>Author</c>,
/// <c>author</c> and <c>AUTHOR</c> in a file become one string instead of one allocation each.
/// </summary>
internal sealed class BibNameTable
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public BibNameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    public string LowerCase(ReadOnlySpan<char> name)
    {
        if (_lookup.TryGetValue(name, out var known)) return known;
        var lower = name.ToString().ToLowerInvariant();
        _names[lower] = lower;
        return lower;
    }
}
