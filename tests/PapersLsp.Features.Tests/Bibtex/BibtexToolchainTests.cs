using System.Text;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Settings;
using PapersLsp.Features.Bibtex;
using Xunit.Abstractions;

namespace PapersLsp.Features.Tests.Bibtex;

/// <summary>
/// Generated entries for every seed-catalog paper plus hostile records, compiled in one document with the real
/// tools: pdflatex + bibtex (plain style) and pdflatex + biber (biblatex). Skipped with a message when the tools
/// are missing, unless PAPERS_REQUIRE_TEX=1 (set it in CI, which installs texlive-latex-base,
/// texlive-latex-recommended, texlive-bibtex-extra and biber) turns their absence into a failure.
/// </summary>
public sealed class BibtexToolchainTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papers-bibtex-").FullName;

    private static IReadOnlyList<PaperRecord> AllPapers { get; } = [.. SeedCatalogTsv.Load(), .. HostilePapers.All];

    [Fact]
    public void Seed_catalog_is_read()
    {
        var seed = SeedCatalogTsv.Load();

        Assert.True(seed.Count > 400, $"{seed.Count} seed papers");
        Assert.Contains(seed, p => p.ArxivId is null);
    }

    [Theory]
    [InlineData(CitationKeyFormat.Arxiv)]
    [InlineData(CitationKeyFormat.Google)]
    public void Plain_bibtex_accepts_the_arxiv_style(CitationKeyFormat keyFormat)
    {
        if (!Installed("pdflatex", "bibtex")) return;
        var titles = WriteBibliography(BibtexStyle.Arxiv, keyFormat);
        WriteDocument(@"\bibliographystyle{plain}" + "\n" + @"\bibliography{refs}", preamble: "");

        Compile("bibtex");

        AssertLogClean(File.ReadAllText(Path.Combine(folder, "doc.blg")), "Warning--", "error");
        AssertCarriesTitles(titles);
    }

    [Theory]
    [InlineData(BibtexStyle.Biblatex, CitationKeyFormat.Id)]
    [InlineData(BibtexStyle.Arxiv, CitationKeyFormat.BetterBibtex)]
    public void Biber_accepts_the_style(BibtexStyle style, CitationKeyFormat keyFormat)
    {
        if (!Installed("pdflatex", "biber")) return;
        var titles = WriteBibliography(style, keyFormat);
        WriteDocument(@"\printbibliography", preamble: @"\usepackage[backend=biber]{biblatex}" + "\n" + @"\addbibresource{refs.bib}");

        Compile("biber");

        AssertLogClean(File.ReadAllText(Path.Combine(folder, "doc.blg")), "WARN", "ERROR");
        AssertCarriesTitles(titles);
    }

    /// <summary>Writes refs.bib with one entry per paper under unique keys; returns each entry's title field as written.</summary>
    private List<string> WriteBibliography(BibtexStyle style, CitationKeyFormat keyFormat)
    {
        var keys = new HashSet<string>();
        var bib = new StringBuilder();
        var titles = new List<string>();
        foreach (var paper in AllPapers)
        {
            var key = CitationKeyGenerator.MakeUnique(CitationKeyGenerator.Generate(paper, keyFormat), keys);
            keys.Add(key);
            var entry = BibtexWriter.Write(paper, style, key);
            bib.Append(entry).Append("\n\n");
            titles.Add(TitleField(entry));
        }
        File.WriteAllText(Path.Combine(folder, "refs.bib"), bib.ToString(), new UTF8Encoding(false));
        return titles;
    }

    private void WriteDocument(string bibliography, string preamble) =>
        File.WriteAllText(Path.Combine(folder, "doc.tex"),
            "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n" + preamble + "\n\\begin{document}\n\\nocite{*}\n" + bibliography + "\n\\end{document}\n",
            new UTF8Encoding(false));

    private void Compile(string bibliographyTool)
    {
        foreach (var (tool, arguments) in new[]
        {
            ("pdflatex", new[] { "-interaction=nonstopmode", "-halt-on-error", "doc.tex" }),
            (bibliographyTool, new[] { "doc" }),
            ("pdflatex", new[] { "-interaction=nonstopmode", "-halt-on-error", "doc.tex" }),
        })
        {
            var (exitCode, log) = TexToolchain.Run(folder, tool, arguments);
            if (exitCode != 0) output.WriteLine(log);
            Assert.True(exitCode == 0, $"{tool} exited with {exitCode}:\n{Tail(log)}");
        }
    }

    private static void AssertLogClean(string log, params string[] markers)
    {
        var bad = log.Split('\n').Where(line => markers.Any(m => line.Contains(m, StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, "log lines:\n" + string.Join('\n', bad.Take(20)));
    }

    private void AssertCarriesTitles(List<string> titles)
    {
        var bbl = Normalise(File.ReadAllText(Path.Combine(folder, "doc.bbl")));
        var missing = titles.Where(t => !bbl.Contains(Normalise(t), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {titles.Count} titles missing from the .bbl:\n" + string.Join('\n', missing.Take(10)));
    }

    /// <summary>Braces dropped, whitespace collapsed, lower-cased: bibtex's plain style changes case and wraps lines.</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string TitleField(string entry)
    {
        var line = entry.Split('\n').First(l => l.TrimStart().StartsWith("title", StringComparison.Ordinal));
        var start = line.IndexOf('{', StringComparison.Ordinal) + 1;
        return line[start..line.LastIndexOf('}')];
    }

    private bool Installed(params string[] tools)
    {
        var missing = tools.Where(t => !TexToolchain.IsInstalled(t)).ToList();
        if (missing.Count == 0) return true;
        Assert.False(Environment.GetEnvironmentVariable("PAPERS_REQUIRE_TEX") == "1", $"PAPERS_REQUIRE_TEX=1 but {string.Join(", ", missing)} not on PATH");
        output.WriteLine($"SKIPPED: {string.Join(", ", missing)} not on PATH (apt-get install texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber)");
        return false;
    }

    private static string Tail(string log) => log.Length > 3000 ? log[^3000..] : log;

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
    }
}
