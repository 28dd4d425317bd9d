using PapersLsp.Core.Text;

namespace PapersLsp.Core.Arxiv;

/// <summary>Where the scanned text sits; some forms are only references in some places.</summary>
public enum ArxivScanMode
{
    /// <summary>Running text (Markdown paragraphs, LaTeX text): every surface form but ADS bibcodes.</summary>
    Prose,
    /// <summary>A URL or link destination: the URL forms.</summary>
    Url,
    /// <summary>A BibTeX field value: every form including ADS bibcodes.</summary>
    BibField,
}

/// <summary>Finds arXiv references in text, in one linear pass.</summary>
/// <remarks>
/// Each position is looked at once; a match attempt reads a bounded number of characters (only a URL's query or
/// fragment is unbounded, and the scan resumes after it), so the whole scan is linear in the text's length.
/// </remarks>
public static class ArxivScanner
{
    private const string NotAnId = "not an arXiv identifier";

    /// <summary>
    /// Appends the references found in <c>text[start..end)</c> to <paramref name="found"/> in order, and text that
    /// is plainly meant as an id but is invalid to <paramref name="malformed"/> when given.
    /// </summary>
    public static void Scan(string text, int start, int end, List<ArxivReference> found, List<MalformedArxivReference>? malformed = null, ArxivScanMode mode = ArxivScanMode.Prose)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var prose = mode != ArxivScanMode.Url;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var prev = i > start ? text[i - 1] : ' ';
            var next = -1;
            if (char.IsAsciiLetter(c) && !ArxivIdShape.IsWordChar(prev))
            {
                var lower = char.ToLowerInvariant(c);
                // Only these letters start a URL form (http, arxiv, www, export, browse, xxx, front, ar5iv, huggingface, alphaxiv, doi).
                if (lower is 'h' or 'a' or 'w' or 'e' or 'b' or 'x' or 'f' or 'd') next = TryUrl(text, i, end, prev, found, malformed);
                if (next < 0 && lower == 'd') next = TryDoi(text, i, end, found, malformed);
                if (next < 0 && prose && lower == 'a') next = TryPrefixed(text, i, end, prev, found, malformed);
                if (next < 0 && prose) next = TryBare(text, i, end, prev, found);
            }
            else if (char.IsAsciiDigit(c) && !ArxivIdShape.IsWordChar(prev))
            {
                if (mode == ArxivScanMode.BibField) next = ArxivBibcode.TryMatch(text, i, end, found);
                if (next < 0) next = TryDoi(text, i, end, found, malformed);
                if (next < 0 && prose) next = TryBare(text, i, end, prev, found);
            }
            if (next > i) { i = next; continue; }
            i++;
            // Nothing starts inside a word (every form needs a non-word character before it): skip the word's rest.
            if (char.IsAsciiLetterOrDigit(c)) while (i < end && char.IsAsciiLetterOrDigit(text[i])) i++;
        }
    }

    private static int TryUrl(string text, int pos, int end, char prev, List<ArxivReference> found, List<MalformedArxivReference>? malformed)
    {
        if (!ArxivUrlForms.TryMatchUrl(text, pos, end, out var idStart, out var isDoi, out var hasScheme)) return -1;
        // A host without a scheme must not continue a longer host or path (notarxiv.org, x.org/arxiv.org/…).
        if (!hasScheme && prev is '.' or '/' or '-' or '@') return -1;
        return Judge(text, pos, idStart, end, isDoi ? ArxivSurface.Doi : ArxivSurface.Url, isUrl: true, found, malformed);
    }

    private static int TryDoi(string text, int pos, int end, List<ArxivReference> found, List<MalformedArxivReference>? malformed)
    {
        if (!ArxivUrlForms.TryMatchDoi(text, pos, end, out var idStart)) return -1;
        return Judge(text, pos, idStart, end, ArxivSurface.Doi, isUrl: true, found, malformed);
    }

    /// <summary><c>arXiv:ID</c> (report invalid ids) and <c>arXiv ID</c> (report only id-shaped text, as "arXiv 2023" is prose).</summary>
    private static int TryPrefixed(string text, int pos, int end, char prev, List<ArxivReference> found, List<MalformedArxivReference>? malformed)
    {
        if (prev is '.' or '/' or '-' or '\\' || !ArxivUrlForms.StartsWith(text, pos, end, "arxiv")) return -1;
        var i = pos + 5;
        if (i >= end) return -1;
        var colon = text[i] == ':';
        if (colon) i++;
        var spaces = i;
        while (i < end && i < spaces + 3 && text[i] is ' ' or '\t' or '\u00A0') i++;
        if (!colon && i == spaces) return -1;
        var shapeEnd = ArxivIdShape.Read(text, i, end);
        if (shapeEnd < 0)
        {
            if (!colon || malformed is null || i >= end || !char.IsAsciiDigit(text[i])) return -1;
            // "arXiv:12345" and the like: meant as an id, but not shaped like one.
            var junkEnd = ArxivIdShape.ExtendGlued(text, i, end);
            malformed.Add(new MalformedArxivReference(TextSpan.FromBounds(pos, junkEnd), text[pos..junkEnd], NotAnId));
            return junkEnd;
        }
        return Judge(text, pos, i, end, ArxivSurface.Prefixed, isUrl: false, found, malformed, reportInvalid: colon || char.IsAsciiDigit(text[i]));
    }

    /// <summary>A bare id: must be valid, not glued to other text and not part of a path, number or query.</summary>
    private static int TryBare(string text, int pos, int end, char prev, List<ArxivReference> found)
    {
        if (prev is '.' or '/' or '-' or '=' or '@' or '\\' or '#' or '$' or '%' or '&' or '+') return -1;
        var shapeEnd = ArxivIdShape.Read(text, pos, end);
        if (shapeEnd < 0 || IsGlued(text, shapeEnd, end)) return -1;
        if (!ArxivId.TryParse(text.AsSpan(pos, shapeEnd - pos), out var id, out _)) return -1;
        var span = TextSpan.FromBounds(pos, shapeEnd);
        found.Add(new ArxivReference(span, span, id, ArxivSurface.Bare));
        return shapeEnd;
    }

    /// <summary>
    /// Judges the id at <paramref name="idStart"/> of an explicit form starting at <paramref name="pos"/>: a valid
    /// id becomes a reference, an invalid one a malformed reference. Returns where scanning resumes, or -1.
    /// </summary>
    /// <remarks>Text that is not id-shaped at all (<c>arxiv.org/abs/list</c>) is neither.</remarks>
    private static int Judge(string text, int pos, int idStart, int end, ArxivSurface surface, bool isUrl,
        List<ArxivReference> found, List<MalformedArxivReference>? malformed, bool reportInvalid = true)
    {
        var shapeEnd = ArxivIdShape.Read(text, idStart, end);
        if (shapeEnd < 0) return -1;

        var idEnd = shapeEnd;
        string? problem = null;
        ArxivId? id = null;
        if (IsGlued(text, shapeEnd, end))
        {
            idEnd = ArxivIdShape.ExtendGlued(text, shapeEnd, end);
            if (idEnd < end && text[idEnd] == '.' && idEnd + 1 < end && char.IsAsciiDigit(text[idEnd + 1])) idEnd = ArxivIdShape.ExtendGlued(text, idEnd + 1, end);
            problem = NotAnId;
        }
        else if (!ArxivId.TryParse(text.AsSpan(idStart, shapeEnd - idStart), out id, out problem))
        {
            problem ??= NotAnId;
        }

        var surfaceEnd = isUrl ? ArxivUrlForms.ReadTail(text, idEnd, end) : idEnd;
        if (id is not null)
        {
            found.Add(new ArxivReference(TextSpan.FromBounds(pos, surfaceEnd), TextSpan.FromBounds(idStart, idEnd), id, surface));
            return surfaceEnd;
        }
        if (!reportInvalid) return -1;
        malformed?.Add(new MalformedArxivReference(TextSpan.FromBounds(pos, surfaceEnd), text[pos..surfaceEnd], problem ?? NotAnId));
        return surfaceEnd;
    }

    /// <summary>Text after an id that makes it part of something longer: a letter or digit, or a dot and a digit.</summary>
    private static bool IsGlued(string text, int pos, int end)
    {
        if (pos >= end) return false;
        if (ArxivIdShape.IsWordChar(text[pos])) return true;
        return text[pos] == '.' && pos + 1 < end && char.IsAsciiDigit(text[pos + 1]);
    }
}
