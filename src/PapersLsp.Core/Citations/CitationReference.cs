using PapersLsp.Core.Text;

namespace PapersLsp.Core.Citations;

/// <summary>A citation key used in a document: <c>\citep{key}</c>, <c>[@key]</c>, <c>@key</c>.</summary>
/// <param name="Span">The key's own text, without braces or the <c>@</c>.</param>
/// <param name="Command">The citing command without backslash (<c>citep</c>), or <c>@</c> for pandoc.</param>
public sealed record CitationReference(TextSpan Span, string Key, string Command);

/// <summary>A bibliography a document names: <c>\bibliography{refs}</c>, <c>\addbibresource{refs.bib}</c>, YAML <c>bibliography:</c>.</summary>
/// <param name="Path">The path as written (no <c>.bib</c> added).</param>
public sealed record BibliographyReference(TextSpan Span, string Path);

/// <summary>A hyperlink in a document (Markdown link or autolink, LaTeX <c>\href</c>/<c>\url</c>).</summary>
public sealed record LinkReference(TextSpan Span, string Target);
