using System.Text;

namespace PapersLsp.Catalog.Import;

/// <summary>Whitespace handling shared by the importers: arXiv wraps titles and abstracts at ~80 columns.</summary>
public static class PaperText
{
    /// <summary>Collapses every run of whitespace to one space and trims; null or blank gives null.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var needs = false;
        for (var i = 0; i < text.Length && !needs; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ' || char.IsWhiteSpace(text[i + 1])))
                needs = true;
        }
        if (!needs) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
