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
        if (!url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("http://", StringComparison.Ordinal))
            return Escape(label);
        var safe = url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        return $"[{Escape(label)}]({safe})";
    }
}
