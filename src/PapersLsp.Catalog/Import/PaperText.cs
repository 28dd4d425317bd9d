using System.Buffers;

namespace PapersLsp.Catalog.Import;

/// <summary>Whitespace handling shared by the importers: arXiv wraps titles and abstracts at ~80 columns.</summary>
public static class PaperText
{
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create("\t\n\v\f\r\u00A0\u0085\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Collapses every run of whitespace to one space and trims; null or blank gives null.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var span = text.AsSpan();
        // Fast path (most fields): nothing to change, found with vectorised searches.
        if (span[0] != ' ' && span[^1] != ' ' && span.IndexOfAny(OtherWhitespace) < 0 && span.IndexOf("  ") < 0)
            return text;
        var buffer = text.Length <= 4096 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = c;
        }
        return length == 0 ? null : new string(buffer[..length]);
    }
}
