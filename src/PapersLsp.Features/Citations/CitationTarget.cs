using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Features.Citations;

/// <summary>A place in a document that names a citation key: a use (<c>\cite{key}</c>, <c>[@key]</c>) or an entry's key in a .bib file.</summary>
public sealed record KeyOccurrence(TextDocument Document, TextSpan Span, string Key, bool IsDefinition);

/// <summary>Finds keys under the cursor, their definitions and their uses across the workspace.</summary>
public static class CitationTarget
{
    /// <summary>The key at the offset: a citation in a .tex/.md document or an entry key in a .bib file.</summary>
    public static KeyOccurrence? At(TextDocument document, int offset)
    {
        foreach (var citation in document.Semantics.Citations)
            if (citation.Span.ContainsOrTouches(offset)) return new KeyOccurrence(document, citation.Span, citation.Key, false);
        foreach (var entry in document.Semantics.Bib.Entries)
            if (entry.KeySpan.Length > 0 && entry.KeySpan.ContainsOrTouches(offset)) return new KeyOccurrence(document, entry.KeySpan, entry.Key, true);
        return null;
    }

    /// <summary>The entries that define the key for this document (all of them when it is defined twice).</summary>
    public static IReadOnlyList<LocatedBibEntry> Definitions(WorkspaceSnapshot snapshot, TextDocument document, string key) =>
        Bibliographies.Entries(snapshot, document).Where(e => string.Equals(e.Entry.Key, key, StringComparison.Ordinal)).ToArray();

    /// <summary>Every use of the key in the workspace, and with <paramref name="includeDefinitions"/> the entries too.</summary>
    public static IReadOnlyList<KeyOccurrence> Occurrences(WorkspaceSnapshot snapshot, string key, bool includeDefinitions)
    {
        var found = new List<KeyOccurrence>();
        foreach (var document in snapshot.AllDocuments().OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            foreach (var citation in document.Semantics.Citations)
                if (string.Equals(citation.Key, key, StringComparison.Ordinal)) found.Add(new KeyOccurrence(document, citation.Span, key, false));
            if (!includeDefinitions) continue;
            foreach (var entry in document.Semantics.Bib.Entries)
                if (string.Equals(entry.Key, key, StringComparison.Ordinal)) found.Add(new KeyOccurrence(document, entry.KeySpan, key, true));
        }
        return found;
    }
}
