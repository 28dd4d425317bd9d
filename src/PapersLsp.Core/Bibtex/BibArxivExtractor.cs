using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Bibtex;

/// <summary>
/// Finds the arXiv identifiers a parsed .bib file carries: <c>eprint</c> (with <c>archivePrefix</c> or
/// <c>eprinttype</c> arXiv, or none when the value is an id), DBLP's <c>journal = {CoRR}</c> + <c>volume = {abs/ID}</c>,
/// the arXiv DOI, ADS bibcodes in <c>adsurl</c>, <c>arXiv:ID</c> in <c>journal</c> (<c>arXiv preprint arXiv:ID</c>),
/// ADS's <c>eid</c>/<c>pages</c>, INSPIRE's <c>SLACcitation = "%%CITATION = ARXIV:ID;%%"</c>, Mendeley's
/// <c>arxivid</c>, and whatever the scanner finds in the free-text and link fields.
/// Every occurrence is reported with its own range; merging duplicates is the features' job.
/// </summary>
public static class BibArxivExtractor
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    /// <summary>Appends, in position order, the references and malformed ids of every entry of <paramref name="doc"/>.</summary>
    public static void Extract(string text, BibDocument doc, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        foreach (var entry in doc.Entries) ExtractEntry(text, entry, found, malformed);
    }

    /// <summary>
    /// The arXiv id an entry names, read as the editor reads it: the first reference found in the entry (fields in
    /// source order), so that the catalog importer and the editor agree; null when it names none.
    /// </summary>
    public static ArxivReference? FirstReference(string text, BibEntry entry)
    {
        var found = new List<ArxivReference>();
        ExtractEntry(text, entry, found, []);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Appends, in position order, the references and malformed ids of one entry of a document parsed from <paramref name="text"/>.</summary>
    public static void ExtractEntry(string text, BibEntry entry, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        var prefix = entry.Field("archiveprefix") ?? entry.Field("eprinttype");
        var prefixIsArxiv = prefix is not null && IsOneOf(Unbraced(prefix.Value), "arxiv");
        var journal = entry["journal"];
        var journalIsArxiv = journal is not null && IsOneOf(Unbraced(journal), "corr", "arxiv");
        // Fields come in source order and each adds only inside its own value, so the results stay ordered.
        foreach (var field in entry.Fields)
        {
            switch (field.Name)
            {
                case "eprint" when prefix is null || prefixIsArxiv:
                    Eprint(text, field, prefixIsArxiv, found, malformed);
                    break;
                case "arxivid":
                    Eprint(text, field, prefixIsArxiv: true, found, malformed);
                    break;
                case "volume" when journalIsArxiv:
                    VolumeAbs(text, field, found, malformed);
                    break;
                case "doi":
                    Doi(text, field, found, malformed);
                    break;
                case "adsurl":
                    if (!Bibcodes(text, field, found)) Scan(text, field, found, malformed);
                    break;
                case "eid" or "pages" or "slaccitation":
                    PrefixedIds(text, field, found, malformed);
                    break;
                case "journal":
                    if (!PrefixedIds(text, field, found, malformed)) Scan(text, field, found, malformed);
                    break;
                case "note" or "annote" or "howpublished" or "url" or "ee" or "pdf":
                    Scan(text, field, found, malformed);
                    break;
            }
        }
    }

    /// <summary><c>eprint = {2104.12255}</c>, <c>{arXiv:2104.12255v2}</c>, <c>{hep-th/9901001}</c>; anything else goes to the scanner.</summary>
    private static void Eprint(string text, BibField field, bool prefixIsArxiv, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        if (!TryLiteral(text, field, out var start, out var end)) return;
        var idStart = start;
        var written = prefixIsArxiv;
        if (StartsWithIgnoreCase(text, start, end, "arxiv:"))
        {
            idStart = SkipBlanks(text, start + "arxiv:".Length, end);
            written = true;
        }
        var span = TextSpan.FromBounds(start, end);
        if (ArxivId.TryParse(text.AsSpan(idStart, end - idStart), out var id, out var problem))
        {
            found.Add(new ArxivReference(span, TextSpan.FromBounds(idStart, end), id, ArxivSurface.BibField));
            return;
        }
        // A URL or a DOI written in eprint: the scanner reads those. Only when it finds nothing is the id malformed.
        var (foundBefore, malformedBefore) = (found.Count, malformed.Count);
        ArxivScanner.Scan(text, start, end, found, malformed, ArxivScanMode.BibField);
        if (written && found.Count == foundBefore && malformed.Count == malformedBefore)
            malformed.Add(new MalformedArxivReference(span, text[start..end], problem ?? "not an arXiv identifier"));
    }

    /// <summary>Every <c>arXiv:ID</c> in the value (any case, blanks allowed after the colon); false when there is no such prefix.</summary>
    private static bool PrefixedIds(string text, BibField field, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        var span = field.LiteralSpan ?? field.ValueSpan;
        var any = false;
        var p = span.Start;
        while (p < span.End)
        {
            var at = text.AsSpan(p, span.End - p).IndexOf("arxiv:", StringComparison.OrdinalIgnoreCase);
            if (at < 0) break;
            var prefixStart = p + at;
            p = prefixStart + "arxiv:".Length;
            if (prefixStart > 0 && char.IsAsciiLetterOrDigit(text[prefixStart - 1])) continue;
            var idStart = SkipBlanks(text, p, span.End);
            var idEnd = idStart;
            while (idEnd < span.End && (char.IsAsciiLetterOrDigit(text[idEnd]) || text[idEnd] is '.' or '/' or '-')) idEnd++;
            while (idEnd > idStart && text[idEnd - 1] == '.') idEnd--; // a sentence's full stop
            if (idEnd == idStart) continue;
            any = true;
            var whole = TextSpan.FromBounds(prefixStart, idEnd);
            if (ArxivId.TryParse(text.AsSpan(idStart, idEnd - idStart), out var id, out var problem))
                found.Add(new ArxivReference(whole, TextSpan.FromBounds(idStart, idEnd), id, ArxivSurface.Prefixed));
            else
                malformed.Add(new MalformedArxivReference(whole, text[prefixStart..idEnd], problem ?? "not an arXiv identifier"));
            p = idEnd;
        }
        return any;
    }

    /// <summary>DBLP's <c>volume = {abs/1104.5069}</c> next to <c>journal = {CoRR}</c>.</summary>
    private static void VolumeAbs(string text, BibField field, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        if (!TryLiteral(text, field, out var start, out var end) || !StartsWithIgnoreCase(text, start, end, "abs/")) return;
        var idStart = start + "abs/".Length;
        var span = TextSpan.FromBounds(start, end);
        if (ArxivId.TryParse(text.AsSpan(idStart, end - idStart), out var id, out var problem))
            found.Add(new ArxivReference(span, TextSpan.FromBounds(idStart, end), id, ArxivSurface.BibField));
        else
            malformed.Add(new MalformedArxivReference(span, text[start..end], problem ?? "not an arXiv identifier"));
    }

    /// <summary><c>doi = {10.48550/arXiv.2206.12432}</c>, also behind <c>https://doi.org/</c> or <c>doi:</c>.</summary>
    private static void Doi(string text, BibField field, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        if (!TryLiteral(text, field, out var start, out var end)) return;
        var at = text.AsSpan(start, end - start).IndexOf(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return;
        var idStart = start + at + ArxivDoiPrefix.Length;
        var span = TextSpan.FromBounds(start, end);
        if (ArxivId.TryParse(text.AsSpan(idStart, end - idStart), out var id, out var problem))
            found.Add(new ArxivReference(span, TextSpan.FromBounds(idStart, end), id, ArxivSurface.Doi));
        else
            malformed.Add(new MalformedArxivReference(span, text[start..end], problem ?? "not an arXiv identifier"));
    }

    /// <summary>ADS bibcodes such as <c>2017arXiv170309710F</c> in an <c>adsurl</c>; false when there is none.</summary>
    private static bool Bibcodes(string text, BibField field, List<ArxivReference> found)
    {
        if (!TryLiteral(text, field, out var start, out var end)) return false;
        var any = false;
        for (var p = start; p < end; p++)
        {
            if (ArxivBibcode.TryRead(text, p, end, out var reference))
            {
                found.Add(reference);
                any = true;
                p = reference.Span.End - 1;
            }
        }
        return any;
    }

    private static void Scan(string text, BibField field, List<ArxivReference> found, List<MalformedArxivReference> malformed)
    {
        var span = field.LiteralSpan ?? field.ValueSpan;
        ArxivScanner.Scan(text, span.Start, span.End, found, malformed, ArxivScanMode.BibField);
    }

    /// <summary>The literal's text without surrounding blanks or extra braces (<c>{{2104.12255}}</c>); false for macros and concatenations.</summary>
    private static bool TryLiteral(string text, BibField field, out int start, out int end)
    {
        start = end = 0;
        if (field.LiteralSpan is not { } literal) return false;
        start = literal.Start;
        end = literal.End;
        while (true)
        {
            start = SkipBlanks(text, start, end);
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end - start < 2 || text[start] != '{' || text[end - 1] != '}') break;
            start++;
            end--;
        }
        return end > start;
    }

    private static int SkipBlanks(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p])) p++;
        return p;
    }

    private static bool StartsWithIgnoreCase(string text, int start, int end, string prefix) =>
        end - start >= prefix.Length && text.AsSpan(start, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Unbraced(string value) => value.AsSpan().Trim().Trim("{}").Trim();

    private static bool IsOneOf(ReadOnlySpan<char> value, params ReadOnlySpan<string> options)
    {
        foreach (var option in options)
            if (value.Equals(option, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
