using System.Text;

namespace PapersLsp.Features.Rendering;

/// <summary>
/// Turns untrusted text (titles, abstracts, names from pages, feeds and .bib files) into Markdown that shows
/// literally: no link, image, HTML, heading or command can come out of the data. Only links PapersLsp builds
/// itself are live.
/// </summary>
public static class MarkdownText
{
    /// <summary>Escapes every Markdown and HTML metacharacter and folds whitespace (so no block structure survives).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace && sb.Length > 0) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '$' or '"' or '\'' or ':' or '=':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>A link PapersLsp built: only http(s) targets, with the label escaped and the target percent-safe.</summary>
    public static string Link(string label, string url)
    {
        return LinkTarget(url) is { } target ? $"[{Escape(label)}]({target})" : Escape(label);
    }

    /// <summary>
    /// An http(s) URL made safe as a Markdown link destination, or null for any other scheme. Everything but the
    /// URI characters that mean nothing to Markdown is percent-encoded, so a target taken from data (a record's
    /// URL) cannot end the link early, start a block with a line break, or smuggle an entity (<c>;</c> is encoded).
    /// </summary>
    public static string? LinkTarget(string url)
    {
        if (!url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("http://", StringComparison.Ordinal)) return null;
        var sb = new StringBuilder(url.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~:/?#@!$&+,=%".Contains(c)) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
