using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PapersLsp.Core.Markdown;

/// <summary>
/// Decides, as each leaf block closes, whether Markdig may parse its inlines. Markdig's link parsing rescans the
/// rest of a block for every <c>[</c> it cannot close at once, so a block of many unclosed <c>[x](</c>, <c>[@</c>
/// or <c>[</c> costs about (number of <c>[</c>) × (block length): 25,000 characters took 0.5 s, 100,000 took 4–6 s.
/// A block above <see cref="MaxBracketWork"/> keeps its block structure but is left to
/// <see cref="LinearInlineScanner"/>, so no block costs Markdig more than a few milliseconds.
/// </summary>
internal static class InlineParsingBudget
{
    /// <summary>
    /// (number of <c>[</c>) × (characters) of one block. At the bound a block costs Markdig about 1 ms, so a
    /// document of such blocks costs at most a few µs a character (100,000 characters: 0.1–0.3 s, mostly Markdig's
    /// fixed cost per unclosed <c>[</c>). In the corpus only tables of links and a few 15,000-character paragraphs
    /// go above it, and there the linear scanner finds exactly what Markdig finds (LinearInlineScannerTests).
    /// </summary>
    public const long MaxBracketWork = 250_000;

    private static readonly object DeferredKey = new();
    private static readonly object BudgetKey = new();

    /// <summary>A parser context that gives the blocks of one parse <paramref name="maxBracketWork"/> instead of the default.</summary>
    public static MarkdownParserContext Context(long maxBracketWork)
    {
        var context = new MarkdownParserContext();
        context.Properties[BudgetKey] = maxBracketWork;
        return context;
    }

    /// <summary>Attaches the check to every block parser of <paramref name="builder"/>.</summary>
    public static void Attach(MarkdownPipelineBuilder builder)
    {
        foreach (var parser in builder.BlockParsers) parser.Closed += OnClosed;
    }

    /// <summary>True when the block's inlines were left for <see cref="LinearInlineScanner"/>.</summary>
    public static bool IsDeferred(LeafBlock block) => block.GetData(DeferredKey) is not null;

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock { ProcessInlines: true } leaf) return;
        var budget = processor.Context?.Properties.TryGetValue(BudgetKey, out var value) == true ? (long)value : MaxBracketWork;
        if (!ExceedsBudget(leaf, budget)) return;
        leaf.ProcessInlines = false;
        leaf.SetData(DeferredKey, DeferredKey);
    }

    private static bool ExceedsBudget(LeafBlock leaf, long budget)
    {
        long length = 0, brackets = 0;
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            length += slice.Length;
            brackets += slice.AsSpan().Count('[');
        }
        return brackets * length > budget;
    }
}
