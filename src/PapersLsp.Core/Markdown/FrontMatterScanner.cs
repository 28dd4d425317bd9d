using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Citations;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// YAML front matter: every value is scanned for arXiv references; the top-level <c>bibliography:</c> field
/// (a scalar, a flow list <c>[a.bib, b.bib]</c> or a block list of <c>- a.bib</c> lines) names bibliographies, and
/// pandoc's <c>nocite:</c> (a scalar or an indented block after <c>|</c> or <c>&gt;</c>) cites keys without a
/// reference in the text, <c>@*</c> all of them.
/// Line-based on purpose: front matter is small and often not quite valid YAML.
/// </summary>
internal static class FrontMatterScanner
{
    public static void Scan(string text, int start, int end, SemanticsBuilder sink)
    {
        ArxivScanner.Scan(text, start, end, sink.Arxiv, sink.Malformed);
        var inBibliography = false;
        var inNocite = false;
        for (var line = start; line < end; line = NextLine(text, line, end))
        {
            var lineEnd = LineEnd(text, line, end);
            if (inNocite && (line == lineEnd || char.IsWhiteSpace(text[line])))
            {
                Nocite(text, line, lineEnd, sink);
                continue;
            }
            inNocite = false;
            if (line < lineEnd && !char.IsWhiteSpace(text[line]) && !(inBibliography && text.AsSpan(line, lineEnd - line).StartsWith("- ")))
            {
                inBibliography = false;
                const string NociteKey = "nocite:";
                if (lineEnd - line >= NociteKey.Length && string.CompareOrdinal(text, line, NociteKey, 0, NociteKey.Length) == 0)
                {
                    var nocite = SkipSpace(text, line + NociteKey.Length, lineEnd);
                    if (nocite < lineEnd && text[nocite] is '|' or '>') inNocite = true;
                    else Nocite(text, nocite, lineEnd, sink);
                    continue;
                }
                const string Key = "bibliography:";
                if (string.CompareOrdinal(text, line, Key, 0, Key.Length) != 0 || lineEnd - line < Key.Length) continue;
                var value = line + Key.Length;
                if (SkipSpace(text, value, lineEnd) < lineEnd && text[SkipSpace(text, value, lineEnd)] != '#') Values(text, value, lineEnd, sink);
                else inBibliography = true;
            }
            else if (inBibliography)
            {
                var item = SkipSpace(text, line, lineEnd);
                if (item + 1 < lineEnd && text[item] == '-' && text[item + 1] is ' ' or '\t') Value(text, item + 1, lineEnd, sink);
            }
        }
    }

    /// <summary>Citations in (a line of) the <c>nocite:</c> value, which pandoc reads as Markdown.</summary>
    private static void Nocite(string text, int start, int end, SemanticsBuilder sink)
    {
        var found = new List<CitationReference>();
        PandocCitationScanner.Scan(text, start, end, found);
        foreach (var citation in found) sink.Citations.Add(citation with { Command = "nocite" });
        var all = text.IndexOf("@*", start, end - start, StringComparison.Ordinal);
        if (all >= 0 && (all == start || !char.IsAsciiLetterOrDigit(text[all - 1]))) sink.CitesEverything = true;
    }

    /// <summary>A scalar or a flow list <c>[a, b]</c>.</summary>
    private static void Values(string text, int start, int end, SemanticsBuilder sink)
    {
        var i = SkipSpace(text, start, end);
        if (text[i] != '[') { Value(text, i, end, sink); return; }
        var close = text.IndexOf(']', i, end - i);
        var listEnd = close < 0 ? end : close;
        var itemStart = i + 1;
        for (var j = itemStart; j <= listEnd; j++)
        {
            if (j < listEnd && text[j] != ',') continue;
            Value(text, itemStart, j, sink);
            itemStart = j + 1;
        }
    }

    /// <summary>One path, unquoted and without a trailing comment.</summary>
    private static void Value(string text, int start, int end, SemanticsBuilder sink)
    {
        var i = SkipSpace(text, start, end);
        var comment = text.IndexOf(" #", i, end - i, StringComparison.Ordinal);
        if (comment >= 0) end = comment;
        while (end > i && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - i >= 2 && text[i] is '"' or '\'' && text[end - 1] == text[i]) { i++; end--; }
        if (end > i) sink.Bibliographies.Add(new BibliographyReference(TextSpan.FromBounds(i, end), text[i..end]));
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t') i++;
        return i;
    }

    private static int LineEnd(string text, int line, int end)
    {
        var i = line;
        while (i < end && text[i] is not ('\n' or '\r')) i++;
        return i;
    }

    private static int NextLine(string text, int line, int end)
    {
        var i = LineEnd(text, line, end);
        if (i < end && text[i] == '\r') i++;
        if (i < end && text[i] == '\n') i++;
        return i;
    }
}
