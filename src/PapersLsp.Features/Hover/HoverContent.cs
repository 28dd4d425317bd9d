using PapersLsp.Core.Text;

namespace PapersLsp.Features.Hover;

/// <summary>A hover: the range it applies to and its Markdown.</summary>
public sealed record HoverContent(TextSpan Span, string Markdown);
