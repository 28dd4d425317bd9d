using System.Diagnostics;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Documents;

namespace PapersLsp.Core.Tests.Properties;

/// <summary>
/// Inputs shaped to make a backtracking regex or a careless scanner quadratic, fed to every recogniser with a
/// time budget. A linear pass takes milliseconds; the generous 2 s bound only catches super-linear behaviour.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static TheoryData<string, string> Inputs => new()
    {
        { "a 100k-character line of words", string.Concat(Enumerable.Repeat("word ", 20_000)) },
        { "a 100k-character line without spaces", new string('a', 100_000) },
        { "100k nested braces", new string('{', 100_000) + new string('}', 100_000) },
        { "100k unclosed braces", "\\cite{" + new string('{', 100_000) },
        { "100k unbalanced [", new string('[', 100_000) + "x" },
        { "100k unbalanced (", "[a](" + new string('(', 100_000) },
        // Markdig's link parsing alone is quadratic in these (100,000 characters of "[x](" took 4.4 s, "[](" 5.9 s);
        // such blocks go to the linear inline scanner (src/PapersLsp.Core/Markdown/InlineParsingBudget.cs).
        { "100k link openers", Repeat("[x](", 100_000) },
        { "100k pandoc openers", Repeat("[@", 100_000) },
        { "100k empty link openers", Repeat("[](", 100_000) },
        { "100k reference link openers", Repeat("[x][", 100_000) },
        { "100k image link openers", Repeat("![x](", 100_000) },
        { "100k footnote openers", Repeat("[^", 100_000) },
        { "100k bracketed words", Repeat("[a ", 100_000) },
        { "100k link closers", Repeat("](", 100_000) },
        { "100k unclosed pointed destinations", Repeat("[x](<", 100_000) },
        { "100k unclosed titles", Repeat("[x](a \"", 100_000) },
        { "a 100k-character heading of link openers", "# " + Repeat("[x](", 100_000) },
        { "link openers in a 100k-character block quote", Repeat("> [x](\n", 100_000) },
        { "link openers in 100k of list items", Repeat("- [x]([@\n", 100_000) },
        { "paragraphs just inside the inline budget", Repeat(Repeat("[@", 700) + "\n\n", 100_000) },
        { "nested links and code spans", Repeat("[a [b](c `d](e) ` ", 100_000) },
        // LaTeX and BibTeX shapes: unclosed arguments re-read by each following command.
        { "100k unclosed optional arguments", Repeat("\\cite[", 100_000) },
        { "100k unclosed cite groups", Repeat("\\cite{a,", 100_000) },
        { "100k unclosed href groups", Repeat("\\href{", 100_000) },
        { "100k unclosed environments", Repeat("\\begin{", 100_000) },
        { "100k unclosed multi-cite groups", Repeat("\\cites(", 100_000) },
        { "100k unclosed inline code", Repeat("\\lstinline{", 100_000) },
        { "100k nested conditionals in an unclosed \\iffalse", "\\iffalse" + Repeat("\\ifx\\else", 100_000) },
        { "100k \\iffalse blocks closed by one another's \\fi", Repeat("\\iffalse\\fi\\fi", 100_000) },
        { "100k unclosed BibTeX entries", Repeat("@a{k,t=\"", 100_000) },
        { "100k unclosed BibTeX braces", Repeat("@a{k,t={", 100_000) },
        { "100k BibTeX concatenations", "@a{k,t=" + Repeat("a#", 100_000) },
        { "100k image openers", string.Concat(Enumerable.Repeat("![", 50_000)) },
        { "50k backslashes", new string('\\', 50_000) },
        { "50k escaped backslashes before a cite", string.Concat(Enumerable.Repeat("\\\\", 25_000)) + "cite{k}" },
        { "a 1 MB line of digits and dots", string.Concat(Enumerable.Repeat("1234.5678.", 100_000)) },
        { "1 MB of digits", new string('7', 1_000_000) },
        { "100k arXiv prefixes", string.Concat(Enumerable.Repeat("arXiv:", 20_000)) },
        { "20k arXiv URLs without ids", string.Concat(Enumerable.Repeat("https://arxiv.org/abs/", 5_000)) },
        { "20k almost-ids", string.Concat(Enumerable.Repeat("2410.1566 ", 20_000)) },
        { "20k old-style prefixes", string.Concat(Enumerable.Repeat("hep-th/99", 20_000)) },
        { "100k backticks", new string('`', 100_000) },
        { "alternating backtick runs", string.Concat(Enumerable.Range(1, 400).Select(n => new string('`', n) + "x")) },
        { "100k emphasis delimiters", string.Concat(Enumerable.Repeat("*_", 50_000)) },
        { "20k cite commands without braces", string.Concat(Enumerable.Repeat("\\cite", 20_000)) },
        { "100k angle brackets", new string('<', 100_000) },
        { "10k nested block quotes", new string('>', 10_000) + " arXiv:2410.15661" },
        { "10k nested list items", string.Concat(Enumerable.Range(0, 2_000).Select(n => new string(' ', n % 40) + "- x\n")) },
        { "100k percent signs and newlines", string.Concat(Enumerable.Repeat("%\n", 50_000)) },
        { "100k at-signs", new string('@', 100_000) },
        { "100k CRs", new string('\r', 100_000) },
        { "a 100k-character YAML front matter", "---\nbibliography: " + new string('a', 100_000) + "\n---\n" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_recogniser_is_linear_on(string shape, string text)
    {
        Warm();
        foreach (var language in new[] { DocumentLanguage.Markdown, DocumentLanguage.Latex, DocumentLanguage.Bibtex, DocumentLanguage.PlainText })
            Within($"{shape}, {language}", () => DocumentAnalyzer.Analyze(text + "\narXiv:2410.15661\n", language));
        foreach (var mode in Enum.GetValues<ArxivScanMode>())
            Within($"{shape}, scanner in {mode}", () => ArxivScanner.Scan(text, 0, text.Length, [], [], mode));
        Within($"{shape}, BibTeX parser", () => BibParser.Parse(text));
        Within($"{shape}, arXiv id parser", () => _ = ArxivId.TryParse(text.AsSpan(), out _, out _));
    }

    [Fact]
    public void A_reference_after_the_pathological_part_is_still_found()
    {
        var text = new string('[', 100_000) + new string('{', 100_000) + "\nSee arXiv:2410.15661.\n";
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.Markdown);
        Assert.Contains(semantics.ArxivReferences, r => r.Id.Id == "2410.15661");
    }

    private static string Repeat(string piece, int length)
    {
        var text = new System.Text.StringBuilder(length + piece.Length);
        while (text.Length < length) text.Append(piece);
        return text.ToString();
    }

    private static void Within(string what, Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        Assert.True(sw.Elapsed < Budget, $"{what}: {sw.Elapsed.TotalMilliseconds:F0} ms");
    }

    // The first call of each recogniser pays for JIT; do it on small input so the budget measures the algorithm.
    private static void Warm()
    {
        foreach (var language in Enum.GetValues<DocumentLanguage>()) DocumentAnalyzer.Analyze("[x](y) `z` \\cite{a} arXiv:2410.15661 @a{k,}", language);
    }
}
