using PapersLsp.Core.Catalog;

namespace PapersLsp.Catalog.Import;

/// <summary>BibTeX-style author lists: names joined by <c>and</c>, each <c>Family, Given</c>, <c>Family, Suffix, Given</c> or <c>Given Family</c>.</summary>
public static class PersonName
{
    /// <summary>Splits on <c>and</c> at brace depth 0 (so <c>{Barnes and Noble}</c> stays one name); drops <c>others</c>.</summary>
    public static IReadOnlyList<PaperAuthor> SplitBibtexAuthors(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) return [];
        var authors = new List<PaperAuthor>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && char.IsWhiteSpace(c) && IsAndAt(list, i + 1))
            {
                Add(authors, list[start..i]);
                start = i + 4;
                i += 3;
            }
        }
        Add(authors, list[start..]);
        return authors;
    }

    /// <summary>
    /// A plain list of display names as arXiv writes them (<c>C. Bal\'azs, E. L. Berger and C.-P. Yuan</c>): split on
    /// commas and <c>and</c> outside braces, each name <c>Given Family</c>.
    /// </summary>
    public static IReadOnlyList<PaperAuthor> SplitPlainAuthors(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) return [];
        var authors = new List<PaperAuthor>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            var end = i == list.Length;
            var c = end ? ',' : list[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            if (depth > 0) continue;
            var isAnd = !end && char.IsWhiteSpace(c) && IsAndAt(list, i + 1);
            if (c != ',' && !isAnd) continue;
            if (PaperText.Collapse(list[start..i]) is { } name) authors.Add(FromGivenFamily(name));
            start = isAnd ? i + 4 : i + 1;
            if (isAnd) i += 3;
        }
        return authors;
    }

    /// <summary>One BibTeX name.</summary>
    public static PaperAuthor? ParseBibtexName(string raw)
    {
        var name = PaperText.Collapse(raw);
        if (name is null) return null;
        var parts = SplitTopLevelCommas(name);
        return parts.Count switch
        {
            1 => FromGivenFamily(name),
            2 => Make(parts[1], parts[0], null),
            _ => Make(parts[2], parts[0], parts[1]),
        };
    }

    /// <summary>A display name from split parts, as <c>Given Family Suffix</c>.</summary>
    public static PaperAuthor Make(string? given, string? family, string? suffix)
    {
        given = PaperText.Collapse(given);
        family = PaperText.Collapse(family);
        suffix = PaperText.Collapse(suffix);
        var name = given is null ? family ?? "" : family is null ? given : given + " " + family;
        if (suffix is not null) name = name.Length == 0 ? suffix : name + " " + suffix;
        return new PaperAuthor(name, given, family, suffix);
    }

    private static PaperAuthor FromGivenFamily(string name)
    {
        // "Given Family": the last top-level word is the family name; a braced group counts as one word.
        var depth = 0;
        var lastSpace = -1;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}') depth = Math.Max(0, depth - 1);
            else if (name[i] == ' ' && depth == 0) lastSpace = i;
        }
        return lastSpace < 0 ? new PaperAuthor(name, null, name) : new PaperAuthor(name, name[..lastSpace], name[(lastSpace + 1)..]);
    }

    private static bool IsAndAt(string s, int at) =>
        at + 4 <= s.Length
        && string.Compare(s, at, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && char.IsWhiteSpace(s[at + 3]);

    private static void Add(List<PaperAuthor> authors, string raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.Length == 0 || trimmed.Equals("others", StringComparison.OrdinalIgnoreCase)) return;
        if (ParseBibtexName(trimmed) is { } author) authors.Add(author);
    }

    private static List<string> SplitTopLevelCommas(string name)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}') depth = Math.Max(0, depth - 1);
            else if (name[i] == ',' && depth == 0)
            {
                parts.Add(name[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(name[start..].Trim());
        return parts;
    }
}
