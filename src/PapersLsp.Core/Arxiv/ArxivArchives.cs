namespace PapersLsp.Core.Arxiv;

/// <summary>The finite list of archives that old-style (pre-2007) arXiv identifiers use.</summary>
public static class ArxivArchives
{
    public static readonly IReadOnlyList<string> All =
    [
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn", "chem-ph",
        "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex", "hep-lat", "hep-ph",
        "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th", "patt-sol", "physics", "plasm-ph",
        "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.ToDictionary(a => a, a => a, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The archive's canonical (lower-case) name, or null when the text names none.</summary>
    public static string? Find(ReadOnlySpan<char> name) => Lookup.TryGetValue(name, out var canonical) ? canonical : null;
}
