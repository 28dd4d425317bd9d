using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>Records whose titles and names break naive BibTeX writers: every special character, broken braces, non-ASCII, particles, math.</summary>
internal static class HostilePapers
{
    public static IReadOnlyList<PaperRecord> All { get; } =
    [
        Papers.Arxiv("2401.00001", "Q&A at 100% with #1 snake_case models costing $5 & x^2 ~ y", ["Ann O'Neil", "Bob Smith Jr."], "cs.CL", new DateOnly(2024, 1, 2)),
        Papers.Arxiv("2401.00002", "Unbalanced { braces } } and { more {", ["Laurens van der Maaten", "Maria de la Cruz"], "cs.LG", new DateOnly(2024, 1, 3)),
        Papers.Arxiv("2401.00003", @"A back\slash, a trailing one\ and \1 digits\", ["Gemini Team", "OpenAI"], "cs.AI", new DateOnly(2024, 1, 4)),
        Papers.Arxiv("2401.00004", @"$\alpha$-Divergences and $O(n \log n)$ bounds for \emph{BERT} on $x_i^2$", ["Mario Döbler", "Kamil Książek", "Ahmet Üstün"], "stat.ML", new DateOnly(2024, 1, 5)),
        Papers.Arxiv("2401.00005", "$β$-DPO and DεpS: ε-Shrinking with ≤ 3× cost → ∞", ["Paweł Wawrzyński", "Łukasz Kaiser", "Søren Kierkegaard"], "cs.LG", new DateOnly(2024, 1, 6)),
        Papers.Arxiv("2401.00006", "A lone $ sign, a {BERT} and GPT-4 on ImageNet", ["Martin Luther King Jr.", "Johnson & Johnson Research"], "cs.CV", new DateOnly(2024, 1, 7)),
        Papers.Arxiv("2401.00007", "Already escaped: 50\\% of \\& and \\_ in \\textsc{Caps}", ["Tom B. Brown", "Li, Wei"], "cs.CL", new DateOnly(2024, 1, 8), doi: "10.1000/xyz_123(4)"),
        Papers.Arxiv("math/0309136", "An old-style id with \"quotes\" and 'apostrophes'", ["Grigori Perelman"], "math.DG", new DateOnly(2003, 7, 17)),
        Papers.TitleOnly("Title only: no id, no authors, 10% off {", null, null, "https://example.org/paper?id=a_b&x=1"),
    ];
}
