using System.Text;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Features.Citations;

/// <summary>An edit that adds text to a document: insert <see cref="Text"/> at <see cref="At"/>.</summary>
public sealed record TextInsertion(string Uri, int At, string Text);

/// <summary>Appends a generated entry to a .bib file in the file's own style (indentation, line endings).</summary>
public static class BibtexInsertion
{
    public static TextInsertion Append(TextDocument bib, string entryText)
    {
        var newline = bib.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var indent = DetectIndent(bib);
        var body = Reindent(entryText, indent).ReplaceLineEndings(newline).TrimEnd() + newline;
        var text = bib.Text;
        var end = text.Length;
        var trailingNewlines = 0;
        for (var i = end - 1; i >= 0 && (text[i] == '\n' || text[i] == '\r'); i--)
            if (text[i] == '\n') trailingNewlines++;
        var separator = text.Trim().Length == 0 ? "" : trailingNewlines switch { 0 => newline + newline, 1 => newline, _ => "" };
        return new TextInsertion(bib.Uri, end, separator + body);
    }

    /// <summary>The indentation of field lines in the file's first entry, or null to keep the entry's own.</summary>
    private static string? DetectIndent(TextDocument bib)
    {
        foreach (var entry in bib.Semantics.Bib.Entries)
        {
            foreach (var field in entry.Fields)
            {
                var line = bib.Lines.GetPosition(field.Span.Start);
                var start = bib.Lines.LineStart(line.Line);
                var prefix = bib.Text.AsSpan(start, field.Span.Start - start);
                if (prefix.Trim().Length == 0 && prefix.Length > 0) return prefix.ToString();
            }
        }
        return null;
    }

    private static string Reindent(string entry, string? indent)
    {
        if (indent is null) return entry;
        var sb = new StringBuilder();
        var lines = entry.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            var isField = i > 0 && trimmed.Length > 0 && line.Length != trimmed.Length && trimmed != "}";
            sb.Append(isField ? indent + trimmed : line);
            if (i < lines.Length - 1) sb.Append('\n');
        }
        return sb.ToString();
    }

    public static TextSpan EmptySpanAt(int offset) => new(offset, 0);
}
