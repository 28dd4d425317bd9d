using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>A compact text form of a parse for table-driven tests: <c>type:key{name=value,…}</c>, <c>$name=value</c>, <c>!start+length</c>.</summary>
internal static class BibDescription
{
    public static string Describe(BibDocument doc)
    {
        var parts = new List<string>();
        parts.AddRange(doc.Strings.Select(s => $"${s.Name}={s.Value}"));
        parts.AddRange(doc.Entries.Select(e => $"{e.Type}:{e.Key}{{{string.Join(",", e.Fields.Select(f => $"{f.Name}={f.Value}"))}}}"));
        parts.AddRange(doc.Errors.Select(e => $"!{e.Span.Start}+{e.Span.Length}"));
        return string.Join(" | ", parts);
    }
}
