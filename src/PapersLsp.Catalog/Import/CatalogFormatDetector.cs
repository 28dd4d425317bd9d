using System.Text;

namespace PapersLsp.Catalog.Import;

/// <summary>Tells the format of a catalog file from its first bytes; the extension only breaks ties.</summary>
public static class CatalogFormatDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see.</summary>
    public const int HeadLength = 64 * 1024;

    /// <summary>The format, or null when neither the content nor the extension says.</summary>
    public static CatalogFormat? Detect(string path, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        var body = head.TrimStart(" \t\r\n"u8);
        if (body.IsEmpty) return ByExtension(path);
        switch (body[0])
        {
            case (byte)'<':
                if (Has(body, "<feed"u8) && Has(body, "www.w3.org/2005/atom"u8)) return CatalogFormat.Atom;
                if (Has(body, "<html"u8) || Has(body, "<!doctype html"u8) || Has(body, "<body"u8)) return CatalogFormat.HfHtml;
                return ByExtension(path);
            case (byte)'{':
                if (Has(body, "\"submitter\""u8) || Has(body, "\"authors_parsed\""u8) || Has(body, "\"update_date\""u8)) return CatalogFormat.Kaggle;
                if (Has(body, "\"items\""u8) || Has(body, "\"config\""u8)) return CatalogFormat.Csl;
                return ByExtension(path);
            case (byte)'[':
                if (Has(body, "\"paper\""u8) || Has(body, "\"upvotes\""u8) || Has(body, "\"publishedat\""u8)) return CatalogFormat.HfJson;
                if (Has(body, "\"issued\""u8) || Has(body, "\"container-title\""u8) || Has(body, "\"type\""u8) || Has(body, "\"author\""u8)) return CatalogFormat.Csl;
                return ByExtension(path);
        }
        if (HasBibEntry(body)) return CatalogFormat.Bibtex;
        if (Has(body, "get trending papers"u8) || Has(body, "byak and the research community"u8)) return CatalogFormat.HfText;
        return ByExtension(path);
    }

    /// <summary>Reads the head of a file and detects its format.</summary>
    public static CatalogFormat? DetectFile(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[HeadLength];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Detect(path, buffer.AsSpan(0, read));
    }

    private static CatalogFormat? ByExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".bib" => CatalogFormat.Bibtex,
        ".jsonl" or ".ndjson" => CatalogFormat.Kaggle,
        ".atom" or ".xml" => CatalogFormat.Atom,
        ".html" or ".htm" => CatalogFormat.HfHtml,
        ".txt" => CatalogFormat.HfText,
        _ => null,
    };

    /// <summary>An <c>@type{</c> or <c>@type(</c> at the start of a line (after blanks).</summary>
    private static bool HasBibEntry(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '@') continue;
            var j = i - 1;
            while (j >= 0 && text[j] is (byte)' ' or (byte)'\t') j--;
            if (j >= 0 && text[j] != '\n' && text[j] != '\r') continue;
            var k = i + 1;
            while (k < text.Length && char.IsAsciiLetter((char)text[k])) k++;
            while (k < text.Length && text[k] is (byte)' ' or (byte)'\t') k++;
            if (k > i + 1 && k < text.Length && text[k] is (byte)'{' or (byte)'(') return true;
        }
        return false;
    }

    /// <summary>Case-insensitive ASCII search; <paramref name="lowerNeedle"/> is lower case.</summary>
    private static bool Has(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        var first = lowerNeedle[0];
        var upperFirst = (byte)char.ToUpperInvariant((char)first);
        for (var i = haystack.IndexOfAny(first, upperFirst); i >= 0 && i + lowerNeedle.Length <= haystack.Length;)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, lowerNeedle.Length), lowerNeedle)) return true;
            var next = haystack[(i + 1)..].IndexOfAny(first, upperFirst);
            if (next < 0) return false;
            i += next + 1;
        }
        return false;
    }
}
