using PapersLsp.Core.Documents;

namespace PapersLsp.Core.Tests.Latex;

public class LatexScannerTests
{
    private static DocumentSemantics Analyze(string text, AnalysisOptions? options = null) =>
        DocumentAnalyzer.Analyze(text, DocumentLanguage.Latex, options);

    /// <summary>Each citation as "command:key", checking that its span holds exactly the key.</summary>
    private static List<string> Cites(string text, AnalysisOptions? options = null) =>
        Analyze(text, options).Citations.Select(c =>
            text.Substring(c.Span.Start, c.Span.Length) == c.Key ? $"{c.Command}:{c.Key}" : $"SPAN MISMATCH {c.Key}").ToList();

    [Theory]
    [InlineData(@"\cite{a}", new[] { "cite:a" })]
    [InlineData(@"\cite*{a}", new[] { "cite:a" })]
    [InlineData(@"\citep{a,b , c}", new[] { "citep:a", "citep:b", "citep:c" })]
    [InlineData(@"\citet[p.~3]{a}", new[] { "citet:a" })]
    [InlineData(@"\citep[see][p. 3]{a}", new[] { "citep:a" })]
    [InlineData(@"\citep [see] [chap. 2] {a}", new[] { "citep:a" })]
    [InlineData(@"\citealp{a} \citealt{b} \citeauthor{c} \citeyear{d} \citeyearpar{e}", new[] { "citealp:a", "citealt:b", "citeauthor:c", "citeyear:d", "citeyearpar:e" })]
    [InlineData(@"\Citet{a} \Citep{b} \Citeauthor{c} \citet*{d}", new[] { "Citet:a", "Citep:b", "Citeauthor:c", "citet:d" })]
    [InlineData(@"\autocite{a} \parencite{b} \textcite{c} \footcite{d} \smartcite{e} \supercite{f} \fullcite{g}", new[] { "autocite:a", "parencite:b", "textcite:c", "footcite:d", "smartcite:e", "supercite:f", "fullcite:g" })]
    [InlineData(@"\Autocite{a} \Parencite{b} \Textcite{c}", new[] { "Autocite:a", "Parencite:b", "Textcite:c" })]
    [InlineData(@"\cites{a}{b,c}", new[] { "cites:a", "cites:b", "cites:c" })]
    [InlineData(@"\parencites(pre)(post)[see][1]{a}[][2]{b} text {not}", new[] { "parencites:a", "parencites:b" })]
    [InlineData(@"\autocites{a}[p. 2]{b} \textcites{c}{d}", new[] { "autocites:a", "autocites:b", "textcites:c", "textcites:d" })]
    [InlineData("\\cite{a,\n  b,% a comment, not:a-key\n  c}", new[] { "cite:a", "cite:b", "cite:c" })]
    [InlineData("\\citep%\n{a}", new[] { "citep:a" })]
    [InlineData(@"\nocite{*}", new string[0])]
    [InlineData(@"\nocite{a,*}", new[] { "nocite:a" })]
    [InlineData(@"\cite{Kanwar:2003.06413,2008.06545}", new[] { "cite:Kanwar:2003.06413", "cite:2008.06545" })]
    [InlineData(@"\citep[{see [1]}]{a}", new[] { "citep:a" })]
    [InlineData(@"% \cite{commented}", new string[0])]
    [InlineData(@"100\% \cite{a}", new[] { "cite:a" })]
    [InlineData("\\begin{verbatim}\n\\cite{v}\n\\end{verbatim} \\cite{a}", new[] { "cite:a" })]
    [InlineData("\\begin{lstlisting}[language=TeX]\n\\cite{v}\n\\end{lstlisting}", new string[0])]
    [InlineData("\\begin{minted}{latex}\n\\cite{v}\n\\end{minted}", new string[0])]
    [InlineData("\\begin{comment}\n\\cite{v}\n\\end{comment}\\cite{a}", new[] { "cite:a" })]
    [InlineData("\\begin{Verbatim}\n\\cite{v}", new string[0])]
    [InlineData(@"\verb|\cite{v}| \cite{a} \verb+\cite{w}+", new[] { "cite:a" })]
    [InlineData(@"\lstinline|\cite{v}| \lstinline[language=TeX]{\cite{w}} \mintinline{latex}{\cite{x}} \mintinline{tex}!\cite{y}! \cite{a}", new[] { "cite:a" })]
    [InlineData(@"\citation{a} \citep", new string[0])]
    [InlineData(@"\iffalse \cite{x} \fi \cite{a}", new[] { "cite:a" })]
    [InlineData(@"\iffalse \cite{x} \else \cite{a} \fi \cite{b}", new[] { "cite:a", "cite:b" })]
    [InlineData(@"\iffalse \ifx\a\b \cite{x} \else \cite{y} \fi \cite{z} \fi \cite{a}", new[] { "cite:a" })]
    [InlineData(@"\iffalse \ifdraft \cite{x} \fi \ifthenelse{\boolean{b}}{\cite{y}}{} \fi \cite{a}", new[] { "cite:a" })]
    [InlineData("\\iffalse % \\fi in a comment\n\\cite{x}\n\\fi \\cite{a}", new[] { "cite:a" })]
    [InlineData(@"\cite{a} \iffalse \cite{x} and no end yet", new[] { "cite:a" })]
    [InlineData(@"\iftrue \cite{a} \fi \iffalsely{b} \cite{c}", new[] { "cite:a", "cite:c" })]
    [InlineData("\\cite{a\n\n\\cite{b}", new[] { "cite:b" })]
    public void Finds_citation_keys(string text, string[] expected) => Assert.Equal(expected, Cites(text));

    [Theory]
    [InlineData(@"\nocite{*}", true)]
    [InlineData(@"\nocite{a, *}", true)]
    [InlineData(@"% \nocite{*}", false)]
    [InlineData(@"\cite{*}", false)]
    public void Nocite_star_cites_everything(string text, bool everything) => Assert.Equal(everything, Analyze(text).CitesEverything);

    [Fact]
    public void Extra_citation_commands_come_from_options()
    {
        var options = new AnalysisOptions { ExtraCitationCommands = ["mycite", "\\othercite"] };
        Assert.Equal(["mycite:a", "othercite:b"], Cites(@"\mycite[x]{a} \othercite{b}", options));
        Assert.Empty(Cites(@"\mycite{a}"));
    }

    [Fact]
    public void Bibliographies_one_per_path()
    {
        const string text = @"\bibliography{refs, other.bib} \addbibresource[location=local]{x.bib}";
        var bibs = Analyze(text).Bibliographies;
        Assert.Equal(["refs", "other.bib", "x.bib"], bibs.Select(b => b.Path));
        Assert.All(bibs, b => Assert.Equal(b.Path, text.Substring(b.Span.Start, b.Span.Length)));
    }

    [Theory]
    [InlineData(@"see arXiv:2410.15661.", "Prefixed 2410.15661 |arXiv:2410.15661|")]
    [InlineData(@"\href{https://arxiv.org/abs/2410.15661}{the paper}", "Url 2410.15661 |https://arxiv.org/abs/2410.15661|")]
    [InlineData(@"\url{https://arxiv.org/pdf/2410.15661v1}", "Url 2410.15661v1 |https://arxiv.org/pdf/2410.15661v1|")]
    [InlineData(@"\arxiv{2410.15661}", @"Prefixed 2410.15661 |\arxiv{2410.15661}|")]
    [InlineData(@"\arXiv{hep-th/9711200}", @"Prefixed hep-th/9711200 |\arXiv{hep-th/9711200}|")]
    [InlineData(@"\eprint{arXiv:1706.03762}", "Prefixed 1706.03762 |arXiv:1706.03762|")]
    [InlineData(@"\textbf{2410.15661}", "Bare 2410.15661 |2410.15661|")]
    [InlineData(@"\href{https://example.com}{arXiv:2410.15661}", "Prefixed 2410.15661 |arXiv:2410.15661|")]
    public void Finds_arxiv_references(string text, string expected)
    {
        var refs = Analyze(text).ArxivReferences;
        Assert.Equal([expected], refs.Select(r => $"{r.Surface} {r.Id} |{text.Substring(r.Span.Start, r.Span.Length)}|"));
    }

    [Theory]
    [InlineData(@"% arXiv:2410.15661")]
    [InlineData("\\begin{verbatim}\nhttps://arxiv.org/abs/2410.15661\n\\end{verbatim}")]
    [InlineData(@"\verb|2410.15661|")]
    [InlineData(@"version 1.2345")]
    public void Finds_no_arxiv_references_in_comments_or_verbatim(string text) => Assert.Empty(Analyze(text).ArxivReferences);

    [Fact]
    public void Url_percent_is_not_a_comment_and_links_are_recorded()
    {
        const string text = @"\url{https://example.com/a%20b} \href{https://arxiv.org/abs/2410.15661}{x} \cite{k}";
        var semantics = Analyze(text);
        Assert.Equal(["https://example.com/a%20b", "https://arxiv.org/abs/2410.15661"], semantics.Links.Select(l => l.Target));
        Assert.Single(semantics.ArxivReferences);
        Assert.Single(semantics.Citations);
    }

    [Fact]
    public void Invalid_ids_in_arxiv_macros_are_malformed()
    {
        var malformed = Assert.Single(Analyze(@"\arxiv{2413.12345}").MalformedArxivReferences);
        Assert.Equal(@"\arxiv{2413.12345}", malformed.Text);
        Assert.Equal("month 13 does not exist", malformed.Problem);
    }

    [Fact]
    public void Crlf_and_unicode_keep_exact_spans()
    {
        const string text = "Ünïcode 📄 text\r\n\\citep{müller2020,\r\n  李2021}% c\r\n arXiv:2410.15661\r\n";
        var semantics = Analyze(text);
        Assert.Equal(["müller2020", "李2021"], semantics.Citations.Select(c => text.Substring(c.Span.Start, c.Span.Length)));
        Assert.Equal("arXiv:2410.15661", text.Substring(semantics.ArxivReferences[0].Span.Start, semantics.ArxivReferences[0].Span.Length));
    }

    [Fact]
    public void Unclosed_constructs_do_not_hang()
    {
        var text = string.Concat(Enumerable.Repeat(@"\cite{a \url{ \href{ \verb| \begin{ [ \citep[ \lstinline{ \mintinline{ \arxiv{ ", 5_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        _ = Analyze(text);
        Assert.True(sw.ElapsedMilliseconds < 3_000, $"took {sw.ElapsedMilliseconds} ms");
    }
}
