using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Documents;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// Markdown through Markdig with precise source locations: text, link destinations, autolinks, raw HTML,
/// reference definitions and YAML front matter are scanned; code spans and code blocks are not. Every range is
/// a UTF-16 range of the original text, because only the original text is ever scanned. Blocks too bracket-heavy
/// for Markdig's inline parsers to stay fast (<see cref="InlineParsingBudget"/>) get their inlines from
/// <see cref="LinearInlineScanner"/>, so the whole scan is linear in the text.
/// </summary>
public static class MarkdownScanner
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>
    /// Emphasis is left out: it never changes what is a link, code or text, and Markdig's emphasis pass is
    /// quadratic in the delimiters of one paragraph (a 1,400-row table of <c>**bold**</c> cells took 0.8 s; 11 ms
    /// without it). Pipe tables are left out too: a table's text is scanned the same as a paragraph.
    /// </summary>
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();
        builder.InlineParsers.TryRemove<EmphasisInlineParser>();
        InlineParsingBudget.Attach(builder);
        return builder.Build();
    }

    /// <summary>Adds what <paramref name="text"/> holds to <paramref name="sink"/>.</summary>
    public static void Scan(string text, SemanticsBuilder sink) => Scan(text, sink, InlineParsingBudget.MaxBracketWork);

    /// <summary>
    /// As <see cref="Scan(string, SemanticsBuilder)"/>, with blocks whose (number of <c>[</c>) × (length) exceeds
    /// <paramref name="maxBracketWork"/> scanned by the linear inline scanner instead of Markdig's inline parsers
    /// (-1: every block), so that the two can be compared.
    /// </summary>
    public static void Scan(string text, SemanticsBuilder sink, long maxBracketWork)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline, InlineParsingBudget.Context(maxBracketWork));
        }
        catch (ArgumentException)
        {
            // Markdig refuses block nesting beyond its depth limit (100k ">" in a row); such text is scanned as prose.
            ArxivScanner.Scan(text, 0, text.Length, sink.Arxiv, sink.Malformed, ArxivScanMode.Prose);
            return;
        }
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case CodeBlock:
                    break; // fenced and indented code (YAML front matter is a CodeBlock too, handled below)
                case HtmlBlock html:
                    HtmlReferenceScanner.Scan(text, html.Span.Start, SpanEnd(html.Span, text), sink);
                    break;
                case LinkReferenceDefinition definition:
                    Destination(text, definition.UrlSpan, definition.Url, sink);
                    break;
                case var deferred when InlineParsingBudget.IsDeferred(deferred):
                    LinearInlineScanner.Scan(text, deferred.Lines, sink);
                    break;
                default:
                    if (block.Inline is { } inline) new InlineWalk(text, sink).Walk(inline);
                    break;
            }
        }
        foreach (var frontMatter in document.Descendants<YamlFrontMatterBlock>())
            FrontMatterScanner.Scan(text, frontMatter.Span.Start, SpanEnd(frontMatter.Span, text), sink);
    }

    /// <summary>Markdig spans are inclusive; ours are half-open.</summary>
    private static int SpanEnd(SourceSpan span, string text) => Math.Min(text.Length, span.End + 1);

    private static void Destination(string text, SourceSpan span, string? target, SemanticsBuilder sink)
    {
        if (!span.IsEmpty) InlineRecognition.Destination(text, span.Start, SpanEnd(span, text), target, sink);
    }

    /// <summary>Walks one block's inlines, joining adjacent literal pieces into runs of original text.</summary>
    private sealed class InlineWalk(string text, SemanticsBuilder sink)
    {
        private int _runStart = -1;
        private int _runEnd = -1;

        public void Walk(ContainerInline container)
        {
            WalkChildren(container);
            Flush();
        }

        private void WalkChildren(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline or HtmlEntityInline:
                        Extend(inline.Span);
                        break;
                    case CodeInline:
                        Flush();
                        break;
                    case LinkInline link:
                        Flush();
                        if (link.Reference is null) Destination(text, link.UrlSpan, link.Url, sink);
                        WalkChildren(link);
                        Flush();
                        break;
                    case AutolinkInline autolink:
                        Flush();
                        if (!autolink.IsEmail) Destination(text, new SourceSpan(autolink.Span.Start + 1, autolink.Span.End - 1), autolink.Url, sink);
                        break;
                    case HtmlInline html:
                        Flush();
                        HtmlReferenceScanner.Scan(text, html.Span.Start, SpanEnd(html.Span, text), sink);
                        break;
                    case ContainerInline child:
                        Flush();
                        WalkChildren(child);
                        Flush();
                        break;
                    default:
                        Flush();
                        break;
                }
            }
        }

        private void Extend(SourceSpan span)
        {
            if (span.IsEmpty || span.Start < 0) return;
            if (span.Start != _runEnd) Flush();
            if (_runStart < 0) _runStart = span.Start;
            _runEnd = SpanEnd(span, text);
        }

        private void Flush()
        {
            if (_runStart < 0) return;
            InlineRecognition.Text(text, _runStart, _runEnd, sink);
            _runStart = _runEnd = -1;
        }
    }
}
