using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

public class BibArxivExtractorTests
{
    /// <summary>Input, then each reference as <c>Surface:id=«span text»/«id span text»</c> and each malformed one as <c>!«text»</c>.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        // eprint with archivePrefix / eprinttype in any case, or with no prefix when the value is an id.
        { "@a{k, eprint = \"2606.13780\", archivePrefix = \"arXiv\"}", "BibField:2606.13780=«2606.13780»/«2606.13780»" },
        { "@a{k, Eprint = {1703.09710}, Archiveprefix = {arXiv}}", "BibField:1703.09710=«1703.09710»/«1703.09710»" },
        { "@a{k, eprinttype = {ARXIV}, eprint = {2005.14165v3}}", "BibField:2005.14165v3=«2005.14165v3»/«2005.14165v3»" },
        { "@a{k, eprint = {hep-th/9901001}}", "BibField:hep-th/9901001=«hep-th/9901001»/«hep-th/9901001»" },
        { "@a{k, eprint = {math.GT/0309136}}", "BibField:math/0309136=«math.GT/0309136»/«math.GT/0309136»" },
        { "@a{k, eprint = {arXiv:2104.12255}}", "BibField:2104.12255=«arXiv:2104.12255»/«2104.12255»" },
        { "@a{k, eprint = { {2104.12255} }}", "BibField:2104.12255=«2104.12255»/«2104.12255»" },
        { "@a{k, eprint = {1208.007}, archivePrefix = {ascl}}", "" },
        { "@a{k, eprint = {hal-01234567}}", "" },
        { "@a{k, eprint = {2104.1225}, archivePrefix = {arXiv}}", "!«2104.1225»" },
        { "@a{k, eprint = {arXiv:1313.12345}}", "!«arXiv:1313.12345»" },
        { "@string{e = {2104.12255}} @a{k, eprint = e}", "" },
        // DBLP: journal CoRR / ArXiv + volume abs/ID.
        { "@a{k, journal = {CoRR}, volume = {abs/1104.5069}}", "BibField:1104.5069=«abs/1104.5069»/«1104.5069»" },
        { "@a{k, volume = \"abs/2104.12255\", journal = {ArXiv}}", "BibField:2104.12255=«abs/2104.12255»/«2104.12255»" },
        { "@a{k, journal = {Nature}, volume = {abs/1104.5069}}", "" },
        { "@a{k, journal = {CoRR}, volume = {abs/1104.50}}", "!«abs/1104.50»" },
        // arXiv DOIs, bare or behind a resolver.
        { "@a{k, doi = {10.48550/arXiv.2206.12432}}", "Doi:2206.12432=«10.48550/arXiv.2206.12432»/«2206.12432»" },
        { "@a{k, doi = {https://doi.org/10.48550/ARXIV.astro-ph/0601001}}", "Doi:astro-ph/0601001=«https://doi.org/10.48550/ARXIV.astro-ph/0601001»/«astro-ph/0601001»" },
        { "@a{k, doi = {10.1103/PhysRevD.104.056005}}", "" },
        // ADS bibcodes in adsurl.
        { "@a{k, adsurl = {http://adsabs.harvard.edu/abs/2017arXiv170309710F}}", "Bibcode:1703.09710=«2017arXiv170309710F»/«170309710»" },
        { "@a{k, adsurl = {https://ui.adsabs.harvard.edu/abs/2014arXiv1406.2661G}}", "Bibcode:1406.2661=«2014arXiv1406.2661G»/«1406.2661»" },
        { "@a{k, adsurl = {https://ui.adsabs.harvard.edu/abs/2012A&A...538A..78L}}", "" },
        // arXiv: prefixes in journal, eid, pages and INSPIRE's SLACcitation.
        { "@a{k, journal = {arXiv preprint arXiv:1511.01870}}", "Prefixed:1511.01870=«arXiv:1511.01870»/«1511.01870»" },
        { "@a{k, Journal = {arXiv preprint arXiv: 1511.02222}}", "Prefixed:1511.02222=«arXiv: 1511.02222»/«1511.02222»" },
        { "@a{k, eid = {arXiv:2101.00001}, pages = \"arXiv:2101.00001\"}", "Prefixed:2101.00001=«arXiv:2101.00001»/«2101.00001» Prefixed:2101.00001=«arXiv:2101.00001»/«2101.00001»" },
        { "@a{k, SLACcitation = \"%%CITATION = ARXIV:1011.0017;%%\"}", "Prefixed:1011.0017=«ARXIV:1011.0017»/«1011.0017»" },
        { "@a{k, pages = {arXiv:2113.12345}}", "!«arXiv:2113.12345»" },
        // Every occurrence is reported, in position order, across entries.
        { "@a{k, eprint = {2104.12255}, doi = {10.48550/arXiv.2104.12255}}\n@b{j, journal = {CoRR}, volume = {abs/1104.5069}}",
          "BibField:2104.12255=«2104.12255»/«2104.12255» Doi:2104.12255=«10.48550/arXiv.2104.12255»/«2104.12255» BibField:1104.5069=«abs/1104.5069»/«1104.5069»" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_ids_in_id_fields(string bib, string expected) => Assert.Equal(expected, Describe(bib));

    /// <summary>Free-text fields go through <see cref="ArxivScanner"/>, so these pass once the scanner is in.</summary>
    [Theory]
    [Trait("needs", "scanner")]
    [InlineData("@a{k, url = {http://arxiv.org/abs/2206.12432}}", "Url:2206.12432")]
    [InlineData("@a{k, ee = {http://arxiv.org/abs/1104.5069}}", "Url:1104.5069")]
    [InlineData("@a{k, note = {arXiv:1511.01870}}", "Prefixed:1511.01870")]
    [InlineData("@a{k, howpublished = {\\url{https://arxiv.org/pdf/2104.12255v2.pdf}}}", "Url:2104.12255v2")]
    [InlineData("@a{k, annote = {see 2017arXiv170309710F}}", "Bibcode:1703.09710")]
    [InlineData("@a{k, eprint = {https://arxiv.org/abs/2104.12255}}", "Url:2104.12255")]
    [InlineData("@a{k, pdf = {https://arxiv.org/pdf/1706.03762v5}}", "Url:1706.03762v5")]
    [InlineData("@a{k, arxivId = {1706.03762}}", "BibField:1706.03762")] // Mendeley
    [InlineData("@a{k, arxivid = {arXiv:1706.03762v2}}", "BibField:1706.03762v2")]
    [InlineData("@a{k, eprint = {2104.12255}, url = {https://arxiv.org/abs/2104.12255}}", "BibField:2104.12255 Url:2104.12255")]
    public void Finds_ids_in_free_text_fields(string bib, string expected)
    {
        var (found, _) = Extract(bib);
        Assert.Equal(expected, string.Join(" ", found.Select(r => $"{r.Surface}:{r.Id}")));
    }

    [Theory]
    [Trait("needs", "scanner")]
    // Counted with a regex over these fields. celerite's DOI URLs (10.1109/TPAMI.2015.2448083) must stay unreported.
    [InlineData("latex/HEPML/HEPML.bib", "")]
    [InlineData("latex/lsst-texmf_refs_ads.bib", "")]
    [InlineData("latex/celerite/celerite.bib", "note=2")]
    [InlineData("latex/zotero-user-library_issue873.bib", "ee=1 url=1")]
    [InlineData("zotero/bbt-2201_inspirehep.bib", "url=1")]
    [InlineData("zotero/bbt-2911_prepublished-arxiv.bib", "url=1")]
    [InlineData("zotero/bbt-460_arxiv-identifiers.bib", "url=3")]
    public void Corpus_free_text_fields(string path, string byField) =>
        Assert.Equal(byField, new BibCorpusArxiv(path).CountsByField(["annote", "ee", "howpublished", "note", "url"]));

    [Fact]
    public void Appends_after_what_the_lists_already_hold()
    {
        const string bib = "@a{k, eprint = {2104.12255}}";
        var found = new List<ArxivReference>();
        var malformed = new List<MalformedArxivReference>();
        BibArxivExtractor.Extract(bib, BibParser.Parse(bib), found, malformed);
        BibArxivExtractor.Extract(bib, BibParser.Parse(bib), found, malformed);
        Assert.Equal(2, found.Count);
        Assert.Equal(new Core.Text.TextSpan(16, 10), found[1].IdSpan);
    }

    [Fact]
    public void Malformed_ids_say_why()
    {
        var (_, malformed) = Extract("@a{k, eprint = {2104.1225}, archivePrefix = {arXiv}}");
        Assert.Equal("ids from 2021 have 5 digits after the dot, not 4", Assert.Single(malformed).Problem);
    }

    private static (List<ArxivReference>, List<MalformedArxivReference>) Extract(string bib)
    {
        var found = new List<ArxivReference>();
        var malformed = new List<MalformedArxivReference>();
        BibArxivExtractor.Extract(bib, BibParser.Parse(bib), found, malformed);
        return (found, malformed);
    }

    private static string Describe(string bib)
    {
        var (found, malformed) = Extract(bib);
        var parts = found.Select(r => $"{r.Surface}:{r.Id}=«{bib.Substring(r.Span.Start, r.Span.Length)}»/«{bib.Substring(r.IdSpan.Start, r.IdSpan.Length)}»")
            .Concat(malformed.Select(m => $"!«{m.Text}»"));
        return string.Join(" ", parts);
    }
}
