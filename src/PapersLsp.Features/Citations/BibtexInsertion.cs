using PapersLsp.Core.Documents;

namespace PapersLsp.Features.Citations;

/// <summary>An edit that adds text to a document: insert <see cref="Text"/> at <see cref="At"/>.</summary>
public sealed record TextInsertion(string Uri, int At, string Text);

/// <summary>Appends a generated entry to a .bib file in the file's own style (see <see cref="BibFileStyle"/>) and line endings.</summary>
public static class BibtexInsertion
{
    public static TextInsertion Append(TextDocument bib, string entryText)
    {
        var newline = bib.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var body = BibFileStyle.Of(bib).Render(entryText).ReplaceLineEndings(newline).TrimEnd() + newline;
        var text = bib.Text;
        var end = text.Length;
        var trailingNewlines = 0;
        for (var i = end - 1; i >= 0 && (text[i] == '\n' || text[i] == '\r'); i--)
            if (text[i] == '\n') trailingNewlines++;
        var separator = text.Trim().Length == 0 ? "" : trailingNewlines switch { 0 => newline + newline, 1 => newline, _ => "" };
        return new TextInsertion(bib.Uri, end, separator + body);
    }
}
