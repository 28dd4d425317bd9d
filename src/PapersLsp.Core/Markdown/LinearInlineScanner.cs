using Markdig.Helpers;
using PapersLsp.Core.Documents;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// The inline content of one Markdown block in a single linear pass, for blocks <see cref="InlineParsingBudget"/>
/// keeps from Markdig. It recognises what the Markdig walk does on ordinary text: code spans are skipped,
/// <c>](destination</c> and <c>&lt;scheme:autolink&gt;</c> are links, HTML tags are scanned for <c>href</c>, and
/// the text between is scanned for arXiv ids, pandoc citations and bare URLs. Every scan stops at the end of its
/// line or at the next character that starts another construct, so no character is read twice.
/// </summary>
internal static class LinearInlineScanner
{
    /// <summary>Scans the block whose lines are <paramref name="lines"/> (Markdig's line slices of <paramref name="text"/>).</summary>
    public static void Scan(string text, StringLineGroup lines, SemanticsBuilder sink)
    {
        var ranges = new List<(int Start, int End)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            var start = Math.Clamp(slice.Start, 0, text.Length);
            ranges.Add((start, Math.Clamp(slice.End + 1, start, text.Length)));
        }
        var codeSpans = CodeSpanFinder.Find(text, ranges);
        var nextCode = 0;
        var skipTo = 0; // the end of a code span that runs on into later lines
        foreach (var (lineStart, lineEnd) in ranges)
        {
            var i = Math.Max(lineStart, skipTo);
            var run = i;
            while (i < lineEnd)
            {
                while (nextCode < codeSpans.Count && codeSpans[nextCode].Start < i) nextCode++;
                if (nextCode < codeSpans.Count && codeSpans[nextCode].Start == i)
                {
                    InlineRecognition.Text(text, run, i, sink);
                    skipTo = codeSpans[nextCode].End;
                    i = run = Math.Min(skipTo, lineEnd);
                    continue;
                }
                var next = text[i] switch
                {
                    '\\' => i + 2,
                    ']' when i + 1 < lineEnd && text[i + 1] == '(' => LinkDestination(text, i, lineEnd, run, sink),
                    '<' => Angle(text, i, lineEnd, run, sink),
                    _ => -1,
                };
                if (next < 0) { i++; continue; }
                if (text[i] != '\\' && next > i) run = next;
                i = Math.Min(next, lineEnd);
            }
            InlineRecognition.Text(text, run, Math.Max(run, lineEnd), sink);
        }
    }

    /// <summary>
    /// <c>](dest</c> at <paramref name="close"/>: the destination ends at white space, at a <c>)</c> that closes no
    /// <c>(</c> of its own, or at the end of the line; <c>&lt;dest&gt;</c> ends at <c>&gt;</c>. Returns where text resumes.
    /// </summary>
    private static int LinkDestination(string text, int close, int end, int run, SemanticsBuilder sink)
    {
        InlineRecognition.Text(text, run, close, sink);
        var start = close + 2;
        while (start < end && text[start] is ' ' or '\t') start++;
        if (start < end && text[start] == '<')
        {
            var gt = start + 1;
            while (gt < end && text[gt] is not ('>' or '<')) gt++;
            if (gt < end && text[gt] == '>')
            {
                // Markdig's span of a pointed destination includes the brackets; its target does not.
                InlineRecognition.Destination(text, start, gt + 1, text[(start + 1)..gt], sink);
                return gt + 1;
            }
            return start + 1;
        }
        var i = start;
        var depth = 0;
        for (; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) break;
            if (c == '\\' && i + 1 < end) i++;
            else if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) break;
        }
        // Without a ')' or a title after it Markdig takes no link either: the part read is text, never read again.
        if (EndsDestination(text, i, end)) InlineRecognition.Destination(text, start, i, Unescaped(text, start, i), sink);
        else InlineRecognition.Text(text, start, i, sink);
        return i;
    }

    /// <summary>A destination ends at <c>)</c>, or at white space before <c>)</c>, a title or the end of the line.</summary>
    private static bool EndsDestination(string text, int i, int end)
    {
        if (i >= end || text[i] == ')') return i < end;
        if (!char.IsWhiteSpace(text[i])) return false;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i >= end || text[i] is ')' or '"' or '\'' or '(';
    }

    /// <summary>The destination with CommonMark's backslash escapes removed (<c>\_</c> is <c>_</c>), as Markdig gives it; null when it has none.</summary>
    private static string? Unescaped(string text, int start, int end)
    {
        if (text.IndexOf('\\', start, end - start) < 0) return null;
        var target = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\\' && i + 1 < end && text[i + 1] is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~')) i++;
            target.Append(text[i]);
        }
        return target.ToString();
    }

    /// <summary>
    /// An autolink <c>&lt;scheme:…&gt;</c>, an HTML comment or an HTML tag at <paramref name="lt"/>; -1 when it is
    /// none of these (then the <c>&lt;</c> is text). Tags end on their line and never reach past the next <c>&lt;</c>.
    /// </summary>
    private static int Angle(string text, int lt, int end, int run, SemanticsBuilder sink)
    {
        var gt = lt + 1;
        while (gt < end && text[gt] is not ('>' or '<')) gt++;
        if (gt >= end || text[gt] != '>') return -1;
        if (IsAutolink(text, lt + 1, gt))
        {
            InlineRecognition.Text(text, run, lt, sink);
            InlineRecognition.Destination(text, lt + 1, gt, null, sink);
            return gt + 1;
        }
        if (gt > lt + 1 && (char.IsAsciiLetter(text[lt + 1]) || text[lt + 1] is '/' or '!'))
        {
            InlineRecognition.Text(text, run, lt, sink);
            HtmlReferenceScanner.Scan(text, lt, gt + 1, sink);
            return gt + 1;
        }
        return -1;
    }

    /// <summary>CommonMark's URI autolink: a scheme of 2–32 characters, a colon, no white space.</summary>
    private static bool IsAutolink(string text, int start, int end)
    {
        var colon = start;
        while (colon < end && colon - start <= 32 && (char.IsAsciiLetterOrDigit(text[colon]) || text[colon] is '+' or '.' or '-')) colon++;
        if (colon >= end || text[colon] != ':' || colon - start < 2 || !char.IsAsciiLetter(text[start])) return false;
        for (var i = colon + 1; i < end; i++)
            if (char.IsWhiteSpace(text[i]) || char.IsControl(text[i])) return false;
        return true;
    }
}
