using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

/// <summary>
/// The real .bib files of tests/corpus. Entry counts were checked independently: a regex over lines that start with
/// <c>@type{</c> or <c>@type(</c> (python), and BibTeX 0.99d itself with a style that prints every key.
/// </summary>
public class BibCorpusTests
{
    [Theory]
    // path, entries, @string definitions, syntax errors, fields
    [InlineData("latex/HEPML/HEPML.bib", 2423, 0, 0, 23921)]
    [InlineData("latex/lsst-texmf_refs_ads.bib", 448, 0, 0, 6020)]
    [InlineData("latex/celerite/celerite.bib", 125, 0, 0, 1576)]
    [InlineData("latex/zotero-user-library_issue873.bib", 988, 0, 284, 5889)]
    [InlineData("zotero/bbt-2201_inspirehep.bib", 1, 0, 0, 12)]
    [InlineData("zotero/bbt-2911_prepublished-arxiv.bib", 1, 0, 0, 11)]
    [InlineData("zotero/bbt-460_arxiv-identifiers.bib", 3, 0, 0, 42)]
    public void Reads_every_entry(string path, int entries, int strings, int errors, int fields)
    {
        var doc = BibParser.Parse(BibCorpus.Read(path));
        Assert.Equal(entries, doc.Entries.Count);
        Assert.Equal(strings, doc.Strings.Count);
        Assert.Equal(errors, doc.Errors.Count);
        Assert.Equal(fields, doc.Entries.Sum(e => e.Fields.Count));
    }

    [Fact]
    public void Hepml_first_middle_and_last_entries()
    {
        var text = BibCorpus.Read("latex/HEPML/HEPML.bib");
        var entries = BibParser.Parse(text).Entries;
        var first = entries[0];
        Assert.Equal(("article", "Araz:2026img", 32), (first.Type, first.Key, first.Span.Start));
        Assert.Equal(new Core.Text.TextSpan(41, 12), first.KeySpan);
        Assert.Equal("Araz, Jack Y. and Spannowsky, Michael", first["author"]);
        Assert.Equal("{Conformal calibration and look-elsewhere effect in anomaly detection for new-physics searches}", first["title"]);
        Assert.Equal("2606.13780", first["eprint"]);
        Assert.Equal("\"2606.13780\"", Slice(text, first.Field("eprint")!.ValueSpan));
        Assert.Equal(('@', '}'), (text[first.Span.Start], text[first.Span.End - 1]));
        Assert.Equal(("article", "Soloveva:2023tvj", 513942), (entries[1211].Type, entries[1211].Key, entries[1211].Span.Start));
        Assert.Equal(("article", "dummy", 1060203), (entries[^1].Type, entries[^1].Key, entries[^1].Span.Start));
        // The one entry indented by a space, and the one '@' inside a value.
        Assert.Equal(' ', text[entries.Single(e => e.Key == "D0:2000vuh").Span.Start - 1]);
        Assert.Contains(entries, e => e["reportnumber"] == "MIT-CTP/5679,IQuS@UW-21-073");
        // Every entry ends on its own closing brace.
        Assert.All(entries, e => Assert.Equal('}', text[e.Span.End - 1]));
    }

    [Fact]
    public void Refs_ads_mixes_delimiters_and_keeps_latex_as_written()
    {
        var text = BibCorpus.Read("latex/lsst-texmf_refs_ads.bib");
        var entries = BibParser.Parse(text).Entries;
        Assert.Equal(("article", "2025AJ....170..100M", 0), (entries[0].Type, entries[0].Key, entries[0].Span.Start));
        Assert.StartsWith("{Merritt}, Stephanie R. and {Fedorets}, Grigori", entries[0]["author"], StringComparison.Ordinal);
        Assert.Contains("{Juri{\\'c}}, Mario", entries[0]["author"], StringComparison.Ordinal);
        Assert.Equal(("inproceedings", "2025EPJWC.33701129H", 443572), (entries[^1].Type, entries[^1].Key, entries[^1].Span.Start));
        Assert.Equal(text.TrimEnd().Length, entries[^1].Span.End);
    }

    [Fact]
    public void Celerite_capitalised_bibdesk_fields_are_lower_cased()
    {
        var entries = BibParser.Parse(BibCorpus.Read("latex/celerite/celerite.bib")).Entries;
        var first = entries[0];
        Assert.Equal(("book", "Ivezic:2014", 202), (first.Type, first.Key, first.Span.Start));
        Assert.Equal("Ivezi{\\'c}, {\\v{Z}}eljko and Connolly, Andrew J and VanderPlas, Jacob T and Gray, Alexander", first["author"]);
        Assert.Equal("author", first.Fields[0].Name);
        Assert.Equal("date-added", first.Fields[1].Name);
        Assert.Equal(("article", "Mcquillan:2014", 84740), (entries[^1].Type, entries[^1].Key, entries[^1].Span.Start));
    }

    /// <summary>
    /// This user library has 988 entries (1,018 lines start with <c>@</c>; 30 are <c>@Comment</c> notes such as
    /// <c>@Comment Tom Dean</c>, which BibTeX skips word by word). LaTeX Workshop (latex-utensils 6) reads 925: its
    /// grammar treats <c>@type(</c> as comment text whenever the entry follows text rather than another entry, losing
    /// 63 parenthesised entries (Schubert:76, the McDermott block, …). BibTeX reads 680 (667 unique keys): the
    /// <c>Thi\{'ebaux</c> in Thiebaux:93 opens a brace that never closes (BibTeX has no backslash escape for braces),
    /// so it consumes the rest of the file. We report that brace and resume at the next entry, reading all 988.
    /// Biber 2.18 refuses the file at line 1954 (<c>@Comment Len Schubert</c>: btparse wants a delimiter). The
    /// other errors are 278 undefined macros (<c>AIJ</c>, <c>IJCAI-77</c> …) whose @strings live in another file and
    /// 5 repeated fields.
    /// </summary>
    [Fact]
    public void Better_bibtex_library_reads_all_988_entries_and_recovers_from_the_unbalanced_brace()
    {
        var text = BibCorpus.Read("latex/zotero-user-library_issue873.bib");
        var doc = BibParser.Parse(text);
        Assert.Equal(988, doc.Entries.Count);
        Assert.Equal(594, doc.Entries.Count(e => text[text.IndexOfAny(['{', '('], e.Span.Start)] == '('));
        var brace = Assert.Single(doc.Errors, e => e.Message.StartsWith('\''));
        Assert.Equal("'{' is not closed before the next entry", brace.Message);
        Assert.Equal("{Sylvie Thi\\{'ebaux", text.Substring(brace.Span.Start, 19));
        var thiebaux = doc.Entries.Single(e => e.Key == "Thiebaux:93");
        Assert.StartsWith("Sylvie Thi\\{'ebaux and Joachim Hertzberg", thiebaux["author"], StringComparison.Ordinal);
        Assert.EndsWith("MONTH = {May},\n)", thiebaux["author"], StringComparison.Ordinal);
        var index = doc.Entries.ToList().IndexOf(thiebaux);
        Assert.Equal(308, doc.Entries.Count - index - 1); // the entries BibTeX loses
        Assert.Equal("Wellman:WALRAS", doc.Entries[index + 1].Key);
        Assert.Equal("Michael P. Wellman", doc.Entries[index + 1]["author"]);
        Assert.Equal(("book", "books/mk/Ginsberg93"), (doc.Entries[^1].Type, doc.Entries[^1].Key));
        Assert.Equal(278, doc.Errors.Count(e => e.Message.StartsWith("undefined macro", StringComparison.Ordinal)));
        // BerleantKuipers:97 repeats its keywords field five times (a python count of "name =" lines agrees).
        Assert.Equal(5, doc.Errors.Count(e => e.Message == "repeated field 'keywords'; the first one is used"));
        Assert.Equal(284, doc.Errors.Count);
        // E-mail addresses inside values start no entry.
        Assert.Contains(doc.Entries, e => e.Fields.Any(f => f.Value.Contains("beebe@math.utah.edu", StringComparison.Ordinal)));
    }

    [Theory]
    // HEPML: 2,456 occurrences as the corpus manifest counts, 2,378 eprints + 3 DOIs + 75 INSPIRE SLACcitations.
    // refs_ads: the 4 eprints not counted belong to archivePrefix "ascl" (Astrophysics Source Code Library) entries.
    [InlineData("latex/HEPML/HEPML.bib", "doi=3 eprint=2378 slaccitation=75", 2376, 4)]
    [InlineData("latex/lsst-texmf_refs_ads.bib", "adsurl=21 doi=52 eid=21 eprint=249 pages=21", 242, 93)]
    [InlineData("latex/celerite/celerite.bib", "adsurl=5 eprint=44 journal=2", 46, 5)]
    [InlineData("latex/zotero-user-library_issue873.bib", "volume=2", 2, 0)]
    [InlineData("zotero/bbt-2201_inspirehep.bib", "doi=1 eprint=1", 1, 0)]
    [InlineData("zotero/bbt-2911_prepublished-arxiv.bib", "eprint=1", 1, 0)]
    [InlineData("zotero/bbt-460_arxiv-identifiers.bib", "eprint=3", 3, 0)]
    public void Arxiv_ids_from_id_fields(string path, string byField, int distinct, int oldStyle)
    {
        var run = new BibCorpusArxiv(path);
        Assert.Equal(byField, run.CountsByField(IdFields));
        var direct = run.Found.Where(r => IdFields.Contains(run.FieldOf(r).Name)).ToList();
        Assert.Equal(distinct, direct.Select(r => r.Id.Id).Distinct().Count());
        Assert.Equal(oldStyle, direct.Count(r => r.Id.IsOldStyle));
        Assert.Empty(run.Malformed);
    }

    /// <summary>Offsets found with python (UTF-16 counted) and checked by eye in the files.</summary>
    [Theory]
    [InlineData("latex/HEPML/HEPML.bib", "BibField", 234, "2606.13780", "2606.13780", "2606.13780")]
    [InlineData("latex/HEPML/HEPML.bib", "Prefixed", 958026, "ARXIV:1603.00027", "1603.00027", "1603.00027")]
    [InlineData("latex/lsst-texmf_refs_ads.bib", "Doi", 34262, "10.48550/arXiv.astro-ph/0002383", "astro-ph/0002383", "astro-ph/0002383")]
    [InlineData("latex/zotero-user-library_issue873.bib", "BibField", 251071, "abs/1104.5069", "1104.5069", "1104.5069")]
    [InlineData("latex/celerite/celerite.bib", "Prefixed", 3192, "arXiv: 1511.02222", "1511.02222", "1511.02222")]
    public void Sample_arxiv_ranges(string path, string surface, int start, string spanText, string idText, string id)
    {
        var run = new BibCorpusArxiv(path);
        var reference = Assert.Single(run.Found, r => r.Span.Start == start);
        Assert.Equal(surface, reference.Surface.ToString());
        Assert.Equal(spanText, run.Text.Substring(reference.Span.Start, reference.Span.Length));
        Assert.Equal(idText, run.Text.Substring(reference.IdSpan.Start, reference.IdSpan.Length));
        Assert.Equal(id, reference.Id.ToString());
    }

    [Fact]
    public void Refs_ads_bibcodes_in_adsurl()
    {
        var run = new BibCorpusArxiv("latex/lsst-texmf_refs_ads.bib");
        var bibcode = run.Found.First(r => r.Surface == ArxivSurface.Bibcode && r.Id.Id == "1905.05116");
        Assert.Equal("2019arXiv190505116B", run.Text.Substring(bibcode.Span.Start, bibcode.Span.Length));
        Assert.Equal("adsurl", run.FieldOf(bibcode).Name);
        Assert.Equal("190505116", run.Text.Substring(bibcode.IdSpan.Start, bibcode.IdSpan.Length));
    }

    /// <summary>The fields the extractor reads itself; the free-text ones (url, note, …) need the scanner.</summary>
    private static readonly string[] IdFields = ["adsurl", "doi", "eid", "eprint", "journal", "pages", "slaccitation", "volume"];

    private static string Slice(string text, Core.Text.TextSpan span) => text.Substring(span.Start, span.Length);
}
