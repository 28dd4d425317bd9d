using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Documents;
using PapersLsp.Core.Text;

namespace PapersLsp.Core.Tests.Documents;

/// <summary>
/// Recognition over the real files in tests/corpus. Counts were checked against an independent grep of each
/// file (e.g. <c>grep -oE 'arxiv.org/(abs|pdf)/[0-9]{4}\.[0-9]{4,5}'</c>) and every difference investigated; the
/// sample ranges were checked by eye. Where a count differs from MANIFEST.tsv's approximation, the comment says why.
/// </summary>
public class CorpusRecognitionTests
{
    [Theory]
    // HEPML: 3145 arxiv.org/abs URLs (the MANIFEST's count) plus 4 https://doi.org/10.48550/arXiv.ID DOIs it did not count.
    [InlineData("markdown/HEPML-LivingReview_README.md", 3149, 2345, 0)]
    // cv-arxiv-daily: every row has the id twice, as link text and in the URL: 2463 + 2463.
    [InlineData("markdown/cv-arxiv-daily_README_SLAM-SFM.md", 4926, 2423, 0)]
    // dair-ai: 1104, not the MANIFEST's 1105: the 1105th is "faithful2504.08725v1", an id glued to a word,
    // which is not a reference by design (the same 1098 distinct ids).
    [InlineData("markdown/dair-ai_ML-Papers-of-the-Week_README.md", 1104, 1098, 0)]
    [InlineData("markdown/lextoumbourou-notes_clap-paper.md", 14, 9, 0)]
    [InlineData("markdown/lextoumbourou-notes_vall-e-paper.md", 4, 4, 0)]
    // nlab: 7 arXiv:ID, 2 bare link-text ids and 9 URLs; 6 of the 9 distinct ids are old-style hep-th ids.
    [InlineData("markdown/nlab_Juan-Maldacena.md", 18, 9, 6)]
    public void Markdown_lists_pinned_counts(string file, int occurrences, int distinct, int distinctOldStyle)
    {
        var semantics = DocumentAnalyzer.Analyze(CorpusFiles.Read(file), DocumentLanguage.Markdown);
        Assert.Equal(occurrences, semantics.ArxivReferences.Length);
        Assert.Equal(distinct, semantics.ArxivReferences.Select(r => r.Id.Id).Distinct().Count());
        Assert.Equal(distinctOldStyle, semantics.ArxivReferences.Where(r => r.Id.IsOldStyle).Select(r => r.Id.Id).Distinct().Count());
        Assert.Empty(semantics.MalformedArxivReferences);
        Assert.Empty(semantics.Citations); // "pass@1", "Recall@5" and the like are not pandoc citations
    }

    [Theory]
    [InlineData("markdown/HEPML-LivingReview_README.md", 0, "23:99-23:131", ArxivSurface.Url, "https://arxiv.org/abs/2602.17582")]
    [InlineData("markdown/HEPML-LivingReview_README.md", 3148, "3464:129-3464:161", ArxivSurface.Url, "https://arxiv.org/abs/2108.12376")]
    [InlineData("markdown/cv-arxiv-daily_README_SLAM-SFM.md", 0, "19:132-19:142", ArxivSurface.Bare, "2605.13741")]
    [InlineData("markdown/cv-arxiv-daily_README_SLAM-SFM.md", 2463, "1250:117-1250:148", ArxivSurface.Url, "http://arxiv.org/abs/2207.06183")]
    [InlineData("markdown/dair-ai_ML-Papers-of-the-Week_README.md", 0, "156:1375-156:1407", ArxivSurface.Url, "https://arxiv.org/abs/2506.17298")]
    [InlineData("markdown/dair-ai_ML-Papers-of-the-Week_README.md", 1103, "2140:318-2140:350", ArxivSurface.Url, "https://arxiv.org/abs/2301.01379")]
    [InlineData("markdown/nlab_Juan-Maldacena.md", 0, "9:126-9:146", ArxivSurface.Prefixed, "arXiv:hep-th/9602043")]
    [InlineData("markdown/nlab_Juan-Maldacena.md", 4, "19:147-19:161", ArxivSurface.Bare, "hep-th/9711200")]
    [InlineData("markdown/nlab_Juan-Maldacena.md", 14, "38:89-38:105", ArxivSurface.Prefixed, "arxiv:1802.00428")]
    [InlineData("markdown/lextoumbourou-notes_clap-paper.md", 0, "6:136-6:168", ArxivSurface.Url, "https://arxiv.org/abs/2211.06687")]
    public void Markdown_sample_ranges(string file, int index, string range, ArxivSurface surface, string surfaceText)
    {
        var text = CorpusFiles.Read(file);
        var reference = DocumentAnalyzer.Analyze(text, DocumentLanguage.Markdown).ArxivReferences[index];
        Assert.Equal(range, new LineIndex(text).GetRange(reference.Span).ToString());
        Assert.Equal(surface, reference.Surface);
        Assert.Equal(surfaceText, text.Substring(reference.Span.Start, reference.Span.Length));
    }

    [Theory]
    // HEPML.tex: the MANIFEST's "~3 inline ids" are citation keys shaped like ids (\cite{2008.06545},
    // \cite{Kanwar:2003.06413}); they are keys here, not references in text, so 0 arXiv references.
    [InlineData("latex/HEPML/HEPML.tex", 3191, 2385, "HEPML", "36:1058-36:1074", "Feickert:2021ajf")]
    [InlineData("latex/celerite/ms.tex", 181, 105, "celerite", "231:15-231:29", "Rasmussen:2006")]
    public void Latex_papers_pinned_citations(string file, int occurrences, int distinct, string bibliography, string firstRange, string firstKey)
    {
        var text = CorpusFiles.Read(file);
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguage.Latex);
        Assert.Equal(occurrences, semantics.Citations.Length);
        Assert.Equal(distinct, semantics.Citations.Select(c => c.Key).Distinct().Count());
        Assert.Equal(bibliography, Assert.Single(semantics.Bibliographies).Path);
        Assert.Empty(semantics.ArxivReferences);
        var first = semantics.Citations[0];
        Assert.Equal(firstRange, new LineIndex(text).GetRange(first.Span).ToString());
        Assert.Equal(firstKey, first.Key);
        Assert.All(semantics.Citations, c => Assert.Equal(c.Key, text.Substring(c.Span.Start, c.Span.Length)));
    }

    [Theory]
    [InlineData("markdown/HEPML-LivingReview_README.md")]
    [InlineData("markdown/cv-arxiv-daily_README_SLAM-SFM.md")]
    [InlineData("markdown/dair-ai_ML-Papers-of-the-Week_README.md")]
    [InlineData("markdown/nlab_Juan-Maldacena.md")]
    [InlineData("latex/HEPML/HEPML.tex")]
    [InlineData("latex/celerite/ms.tex")]
    public void Every_reference_is_ordered_and_its_id_span_parses_to_its_id(string file)
    {
        var text = CorpusFiles.Read(file);
        var semantics = DocumentAnalyzer.Analyze(text, DocumentLanguages.FromPath(file));
        AssertOrdered(semantics.ArxivReferences.Select(r => r.Span));
        AssertOrdered(semantics.Citations.Select(r => r.Span));
        AssertOrdered(semantics.Links.Select(r => r.Span));
        foreach (var reference in semantics.ArxivReferences)
        {
            Assert.True(reference.Span.Start <= reference.IdSpan.Start && reference.IdSpan.End <= reference.Span.End);
            Assert.True(ArxivId.TryParse(text.Substring(reference.IdSpan.Start, reference.IdSpan.Length), out var id));
            Assert.Equal(reference.Id, id);
        }
    }

    private static void AssertOrdered(IEnumerable<TextSpan> spans)
    {
        var previous = -1;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= previous, $"{span} starts before {previous}");
            previous = span.Start;
        }
    }
}
