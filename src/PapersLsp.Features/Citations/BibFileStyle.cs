using System.Text;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;

namespace PapersLsp.Features.Citations;

/// <summary>
/// How a .bib file writes its entries — indentation, <c>name = value</c> spacing, field-name case, field order and a
/// comma after the last field — read from the file, so entries PapersLsp adds look like the user's own.
/// </summary>
public sealed record BibFileStyle(string Indent, string Separator, FieldNameCase NameCase, IReadOnlyList<string> FieldOrder, bool TrailingComma)
{
    public static readonly BibFileStyle Default = new("  ", " = ", FieldNameCase.AsGenerated, [], true);

    /// <summary>The style of the first entries with at least two fields on their own lines; the default for an empty file.</summary>
    public static BibFileStyle Of(TextDocument bib)
    {
        var text = bib.Text;
        string? indent = null, separator = null;
        bool? trailingComma = null;
        var names = new List<string>();
        var order = new List<string>();
        foreach (var entry in bib.Semantics.Bib.Entries.Take(50))
        {
            if (entry.Fields.Count < 2) continue;
            foreach (var field in entry.Fields)
            {
                var name = text.Substring(field.Span.Start, field.Name.Length);
                names.Add(name);
                if (!order.Contains(field.Name, StringComparer.Ordinal)) order.Add(field.Name);
                var lineStart = bib.Lines.LineStart(bib.Lines.GetPosition(field.Span.Start).Line);
                var before = text.AsSpan(lineStart, field.Span.Start - lineStart);
                if (indent is null && before.Length > 0 && before.IsWhiteSpace()) indent = before.ToString();
                separator ??= text[(field.Span.Start + field.Name.Length)..field.ValueSpan.Start];
            }
            if (trailingComma is null)
            {
                var last = entry.Fields[^1];
                var after = text.AsSpan(last.Span.End, Math.Max(0, entry.Span.End - last.Span.End)).TrimStart();
                trailingComma = after.Length > 0 && after[0] == ',';
            }
        }
        if (indent is null && separator is null) return Default;
        return new BibFileStyle(indent ?? Default.Indent, (separator ?? Default.Separator).ReplaceLineEndings(" "), CaseOf(names), order, trailingComma ?? true);
    }

    /// <summary>Writes one generated entry in this style; field values are kept exactly as generated.</summary>
    public string Render(string entryText)
    {
        var parsed = BibParser.Parse(entryText);
        if (parsed.Entries.Count != 1 || parsed.Errors.Count > 0) return entryText;
        var entry = parsed.Entries[0];
        var fields = entry.Fields
            .Select((f, index) => (Field: f, Rank: RankOf(f.Name) is var r and >= 0 ? r : FieldOrder.Count + index))
            .OrderBy(x => x.Rank)
            .Select(x => x.Field)
            .ToArray();
        var sb = new StringBuilder();
        sb.Append('@').Append(entryText[(entryText.IndexOf('@', StringComparison.Ordinal) + 1)..entryText.IndexOf('{', StringComparison.Ordinal)]).Append('{').Append(entry.Key).Append(",\n");
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var name = entryText.Substring(field.Span.Start, field.Name.Length);
            sb.Append(Indent).Append(Cased(name)).Append(Separator).Append(entryText.AsSpan(field.ValueSpan.Start, field.ValueSpan.Length));
            sb.Append(i < fields.Length - 1 || TrailingComma ? ",\n" : "\n");
        }
        return sb.Append('}').ToString();
    }

    private int RankOf(string fieldName)
    {
        for (var i = 0; i < FieldOrder.Count; i++)
            if (FieldOrder[i] == fieldName) return i;
        return -1;
    }

    private string Cased(string name) => NameCase switch
    {
        FieldNameCase.Lower => name.ToLowerInvariant(),
        FieldNameCase.Capitalised => char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant(),
        _ => name,
    };

    private static FieldNameCase CaseOf(List<string> names)
    {
        if (names.Count == 0) return FieldNameCase.AsGenerated;
        if (names.All(n => !n.Any(char.IsUpper))) return FieldNameCase.Lower;
        if (names.All(n => char.IsUpper(n[0]) && !n.Skip(1).Any(char.IsUpper))) return FieldNameCase.Capitalised;
        return FieldNameCase.AsGenerated;
    }
}

public enum FieldNameCase { AsGenerated, Lower, Capitalised }
