using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Citations;

/// <summary>A document symbol for a bib entry: name = key, detail = title, ranges of the entry and of its key.</summary>
public sealed record BibSymbol(string Name, string Detail, string Type, TextSpan Span, TextSpan SelectionSpan);

/// <summary>Outline and folding for .bib files.</summary>
public static class BibSymbols
{
    public static IReadOnlyList<BibSymbol> For(TextDocument bib) => bib.Semantics.Bib.Entries
        .Select(e => new BibSymbol(e.Key.Length == 0 ? $"@{e.Type}" : e.Key, LatexText.ToReadable(e["title"]).ReplaceLineEndings(" "), e.Type, e.Span,
            e.KeySpan.Length > 0 ? e.KeySpan : new TextSpan(e.Span.Start, 0)))
        .ToArray();

    /// <summary>One folding range per entry that spans more than one line (start and end lines).</summary>
    public static IReadOnlyList<(int StartLine, int EndLine)> Folds(TextDocument bib)
    {
        var folds = new List<(int, int)>();
        foreach (var entry in bib.Semantics.Bib.Entries)
        {
            var start = bib.Lines.GetPosition(entry.Span.Start).Line;
            var end = bib.Lines.GetPosition(Math.Max(entry.Span.Start, entry.Span.End - 1)).Line;
            if (end > start) folds.Add((start, end));
        }
        return folds;
    }
}
