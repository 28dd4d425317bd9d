namespace PapersLsp.Core.Bibtex;

/// <summary>
/// The <c>@string</c> macros visible at a point of the file: the month abbreviations every standard style
/// defines (<c>jan</c> … <c>dec</c>), then the file's own definitions in order; names are case-insensitive.
/// </summary>
internal sealed class BibMacroTable
{
    private static readonly string[] Months =
    [
        "jan", "January", "feb", "February", "mar", "March", "apr", "April", "may", "May", "jun", "June",
        "jul", "July", "aug", "August", "sep", "September", "oct", "October", "nov", "November", "dec", "December",
    ];

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public BibMacroTable()
    {
        for (var i = 0; i < Months.Length; i += 2) _values[Months[i]] = Months[i + 1];
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Defines or redefines a macro; as in BibTeX, a later definition wins from there on.</summary>
    public void Define(string name, string value) => _values[name] = value;

    public bool TryGet(ReadOnlySpan<char> name, out string value) => _lookup.TryGetValue(name, out value!);
}
