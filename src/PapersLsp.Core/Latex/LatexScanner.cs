using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Citations;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Latex;

/// <summary>
/// A tolerant, single-pass LaTeX scanner: finds citation keys, bibliography files, links and arXiv references,
/// skipping comments, <c>\iffalse</c> blocks, verbatim-like environments and <c>\verb</c>. It never fails; unclosed constructs are read
/// as far as they go.
/// </summary>
public static class LatexScanner
{
    private static readonly HashSet<string> VerbatimEnvironments = new(StringComparer.Ordinal)
    {
        "verbatim", "verbatim*", "Verbatim", "Verbatim*", "BVerbatim", "LVerbatim", "lstlisting", "minted", "comment",
    };

    /// <summary>Adds what <paramref name="text"/> holds to <paramref name="sink"/>.</summary>
    public static void Scan(string text, AnalysisOptions options, SemanticsBuilder sink)
    {
        var extra = options.ExtraCitationCommands.Count == 0 ? null : new HashSet<string>(options.ExtraCitationCommands.Select(c => c.TrimStart('\\')), StringComparer.Ordinal);
        var runStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('%' or '\\')) { i++; continue; }
            ScanText(text, runStart, i, sink);
            i = c == '%' ? LatexArguments.EndOfLine(text, i) : Command(text, i, extra, sink);
            runStart = i;
        }
        ScanText(text, runStart, text.Length, sink);
    }

    private static void ScanText(string text, int start, int end, SemanticsBuilder sink)
    {
        if (end > start) ArxivScanner.Scan(text, start, end, sink.Arxiv, sink.Malformed, ArxivScanMode.Prose);
    }

    /// <summary>Handles the command whose backslash is at <paramref name="pos"/>; returns where text resumes.</summary>
    private static int Command(string text, int pos, HashSet<string>? extra, SemanticsBuilder sink)
    {
        var nameEnd = pos + 1;
        while (nameEnd < text.Length && char.IsAsciiLetter(text[nameEnd])) nameEnd++;
        if (nameEnd == pos + 1) return Math.Min(text.Length, pos + 2); // \%, \\, \{ …
        var name = text[(pos + 1)..nameEnd];
        var after = nameEnd < text.Length && text[nameEnd] == '*' ? nameEnd + 1 : nameEnd;

        if (LatexCitationCommands.Single.Contains(name) || extra?.Contains(name) == true) return Citation(text, after, name, multi: false, sink);
        if (LatexCitationCommands.Multi.Contains(name)) return Citation(text, after, name, multi: true, sink);
        if (LatexCitationCommands.Bibliography.Contains(name)) return Bibliography(text, after, sink);
        return name switch
        {
            "begin" => Begin(text, after),
            "iffalse" => IfFalse(text, after),
            "verb" => Verb(text, after),
            "lstinline" => InlineCode(text, LatexArguments.SkipOptionals(text, after)),
            "mintinline" => InlineCode(text, SkipGroup(text, LatexArguments.SkipOptionals(text, after))),
            "url" or "nolinkurl" => Url(text, after, sink),
            "href" => Url(text, LatexArguments.SkipOptionals(text, after), sink),
            "arxiv" or "arXiv" or "eprint" => ArxivMacro(text, pos, after, sink),
            _ => nameEnd,
        };
    }

    private static int Citation(string text, int pos, string command, bool multi, SemanticsBuilder sink)
    {
        if (multi) pos = LatexArguments.SkipOptionals(text, pos, '(', ')');
        var sawGroup = false;
        while (true)
        {
            var at = LatexArguments.SkipSpace(text, LatexArguments.SkipOptionals(text, pos));
            var groupEnd = LatexArguments.ReadGroup(text, at, '{', '}', stopAtCommand: true);
            if (groupEnd < 0) return sawGroup ? pos : at;
            Keys(text, at + 1, groupEnd - 1, command, sink);
            sawGroup = true;
            pos = groupEnd;
            if (!multi) return pos;
        }
    }

    /// <summary>Comma-separated keys; spaces, line breaks and comments around them are not part of them.</summary>
    private static void Keys(string text, int start, int end, string command, SemanticsBuilder sink)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '%') { i = Math.Min(end, LatexArguments.EndOfLine(text, i)); continue; }
            if (char.IsWhiteSpace(c) || c == ',') { i++; continue; }
            var keyStart = i;
            while (i < end && text[i] is not (',' or '%') && !char.IsWhiteSpace(text[i])) i++;
            var key = text[keyStart..i];
            if (key != "*") sink.Citations.Add(new CitationReference(TextSpan.FromBounds(keyStart, i), key, command));
            else if (command == "nocite") sink.CitesEverything = true;
        }
    }

    private static int Bibliography(string text, int pos, SemanticsBuilder sink)
    {
        var at = LatexArguments.SkipSpace(text, LatexArguments.SkipOptionals(text, pos));
        var groupEnd = LatexArguments.ReadGroup(text, at, '{', '}', stopAtCommand: true);
        if (groupEnd < 0) return at;
        var i = at + 1;
        while (i < groupEnd - 1)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == ',') { i++; continue; }
            var pathStart = i;
            while (i < groupEnd - 1 && text[i] != ',') i++;
            var pathEnd = i;
            while (pathEnd > pathStart && char.IsWhiteSpace(text[pathEnd - 1])) pathEnd--;
            sink.Bibliographies.Add(new BibliographyReference(TextSpan.FromBounds(pathStart, pathEnd), text[pathStart..pathEnd]));
        }
        return groupEnd;
    }

    private static int Begin(string text, int pos)
    {
        var at = LatexArguments.SkipSpace(text, pos);
        var groupEnd = LatexArguments.ReadGroup(text, at, '{', '}', stopAtCommand: true);
        if (groupEnd < 0) return pos;
        var environment = text[(at + 1)..(groupEnd - 1)].Trim();
        if (!VerbatimEnvironments.Contains(environment)) return groupEnd;
        var endTag = $"\\end{{{environment}}}";
        var close = text.IndexOf(endTag, groupEnd, StringComparison.Ordinal);
        return close < 0 ? text.Length : close + endTag.Length;
    }

    /// <summary>
    /// <c>\iffalse … \fi</c>, how LaTeX authors comment out a block: skipped up to its <c>\else</c> or <c>\fi</c>,
    /// counting nested conditionals as TeX does when it skips (every <c>\if…</c> command, including <c>\newif</c>
    /// ones, but not the <c>\ifthenelse</c> macro) and ignoring <c>%</c> comments. Unclosed, it runs to the end, like an
    /// unclosed verbatim environment (not skipping it instead would rescan the rest for each of many <c>\iffalse</c>).
    /// </summary>
    private static int IfFalse(string text, int pos)
    {
        var depth = 0;
        var i = pos;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '%')
            {
                i = LatexArguments.EndOfLine(text, i);
                continue;
            }
            if (c != '\\')
            {
                i++;
                continue;
            }
            var nameEnd = i + 1;
            while (nameEnd < text.Length && char.IsAsciiLetter(text[nameEnd])) nameEnd++;
            var name = text.AsSpan(i + 1, nameEnd - i - 1);
            if (name is "fi" && depth-- == 0) return nameEnd;
            if (name is "else" && depth == 0) return nameEnd;
            if (name.StartsWith("if", StringComparison.Ordinal) && name is not "ifthenelse") depth++;
            i = Math.Max(nameEnd, i + 2);
        }
        return text.Length;
    }

    /// <summary><c>\verb|…|</c>: any delimiter, ends at the same character on the same line.</summary>
    private static int Verb(string text, int pos)
    {
        if (pos >= text.Length || char.IsWhiteSpace(text[pos]) || char.IsAsciiLetter(text[pos])) return pos;
        var lineEnd = LatexArguments.EndOfLine(text, pos);
        var close = text.IndexOf(text[pos], pos + 1, lineEnd - pos - 1);
        return close < 0 ? lineEnd : close + 1;
    }

    /// <summary><c>\lstinline|…|</c>, <c>\lstinline{…}</c> and <c>\mintinline{lang}{…}</c>: code, skipped.</summary>
    private static int InlineCode(string text, int pos)
    {
        if (pos < text.Length && text[pos] == '{')
        {
            // Inline code is short; the bound keeps a run of unclosed \lstinline{ from re-reading the text.
            var groupEnd = LatexArguments.ReadGroup(text, pos, '{', '}', verbatim: true, maxLength: 2_000);
            return groupEnd < 0 ? pos : groupEnd;
        }
        return Verb(text, pos);
    }

    private static int SkipGroup(string text, int pos)
    {
        var at = LatexArguments.SkipSpace(text, pos);
        var groupEnd = LatexArguments.ReadGroup(text, at, '{', '}', stopAtCommand: true);
        return groupEnd < 0 ? pos : groupEnd;
    }

    private static int Url(string text, int pos, SemanticsBuilder sink)
    {
        var at = LatexArguments.SkipSpace(text, pos);
        var groupEnd = LatexArguments.ReadGroup(text, at, '{', '}', verbatim: true, stopAtCommand: true);
        if (groupEnd < 0) return pos;
        var span = TextSpan.FromBounds(at + 1, groupEnd - 1);
        sink.Links.Add(new LinkReference(span, text.Substring(span.Start, span.Length).Trim()));
        ArxivScanner.Scan(text, span.Start, span.End, sink.Arxiv, sink.Malformed, ArxivScanMode.Url);
        return groupEnd;
    }

    /// <summary><c>\arxiv{ID}</c>, <c>\arXiv{ID}</c>, <c>\eprint{ID}</c>: the argument is meant as an id.</summary>
    private static int ArxivMacro(string text, int commandStart, int pos, SemanticsBuilder sink)
    {
        var at = LatexArguments.SkipSpace(text, LatexArguments.SkipOptionals(text, pos));
        var groupEnd = LatexArguments.ReadGroup(text, at, '{', '}', stopAtCommand: true);
        if (groupEnd < 0) return pos;
        var idStart = at + 1;
        var idEnd = groupEnd - 1;
        while (idStart < idEnd && char.IsWhiteSpace(text[idStart])) idStart++;
        while (idEnd > idStart && char.IsWhiteSpace(text[idEnd - 1])) idEnd--;
        if (idEnd == idStart) return groupEnd;
        var whole = TextSpan.FromBounds(commandStart, groupEnd);
        if (ArxivId.TryParse(text.AsSpan(idStart, idEnd - idStart), out var id, out var problem))
        {
            sink.Arxiv.Add(new ArxivReference(whole, TextSpan.FromBounds(idStart, idEnd), id, ArxivSurface.Prefixed));
            return groupEnd;
        }
        // \eprint{arXiv:2410.15661} and the like: the argument carries its own form.
        var before = sink.Arxiv.Count + sink.Malformed.Count;
        ArxivScanner.Scan(text, idStart, idEnd, sink.Arxiv, sink.Malformed, ArxivScanMode.Prose);
        if (sink.Arxiv.Count + sink.Malformed.Count == before)
            sink.Malformed.Add(new MalformedArxivReference(whole, text[commandStart..groupEnd], problem ?? "not an arXiv identifier"));
        return groupEnd;
    }
}
