using PapersLsp.Core.Text;

namespace PapersLsp.Core.Bibtex;

/// <summary>One field of a BibTeX entry.</summary>
/// <param name="Name">The field name in lower case (<c>eprint</c>, <c>archiveprefix</c>).</param>
/// <param name="Value">The value with delimiters removed, <c>@string</c> macros expanded and <c>#</c> concatenated; inner braces and LaTeX kept.</param>
/// <param name="Span">From the field name to the end of its value.</param>
/// <param name="ValueSpan">The value as written, delimiters included.</param>
public sealed record BibField(string Name, string Value, TextSpan Span, TextSpan ValueSpan)
{
    /// <summary>
    /// When the value is one literal (<c>{…}</c>, <c>"…"</c> or a number) rather than macros or a <c>#</c>
    /// concatenation, the span of its text without delimiters, so that <c>Value</c> is exactly that text;
    /// otherwise null. Lets callers point at something inside a value.
    /// </summary>
    public TextSpan? LiteralSpan { get; init; }
}

/// <summary>A BibTeX entry such as <c>@article{key, …}</c>.</summary>
/// <param name="Type">The entry type in lower case (<c>article</c>, <c>misc</c>).</param>
/// <param name="Span">From <c>@</c> to the closing delimiter (or where recovery stopped).</param>
public sealed record BibEntry(string Type, string Key, TextSpan KeySpan, TextSpan Span, IReadOnlyList<BibField> Fields)
{
    /// <summary>The first field with this (case-insensitive) name.</summary>
    public BibField? Field(string name)
    {
        foreach (var f in Fields)
            if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) return f;
        return null;
    }

    public string? this[string name] => Field(name)?.Value;
}

/// <summary>A <c>@string{name = value}</c> definition; the name in lower case (macros are case-insensitive), the span from the name to the end of the value.</summary>
public sealed record BibStringDefinition(string Name, string Value, TextSpan Span);

/// <summary>A syntax problem the tolerant parser recovered from.</summary>
public sealed record BibSyntaxError(TextSpan Span, string Message);

/// <summary>The parse of one .bib file.</summary>
public sealed record BibDocument(
    IReadOnlyList<BibEntry> Entries,
    IReadOnlyList<BibStringDefinition> Strings,
    IReadOnlyList<BibSyntaxError> Errors)
{
    public static readonly BibDocument Empty = new([], [], []);
}
