using CsCheck;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Bibtex;
using PapersLsp.Core.Catalog;
using PapersLsp.Core.Text;
using PapersLsp.Features.Citations;
using PapersLsp.Features.Completion;
using PapersLsp.Features.Rendering;

namespace PapersLsp.Features.Tests.Security;

/// <summary>
/// Hover and completion Markdown built from hostile catalog records and .bib entries: no raw HTML, no images,
/// no headings from data, no links but the ones PapersLsp builds, no <c>command:</c> URIs.
/// </summary>
public sealed class HostileMarkdownTests
{
    public static TheoryData<string> Fragments() => [.. HostileText.Fragments];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Each_hostile_fragment_in_every_field_renders_inert(string fragment)
    {
        Assert.True(ArxivId.TryParse("2401.00001v2", out var cited));
        var paper = new PaperRecord
        {
            Key = "2401.00001",
            ArxivId = cited.WithoutVersion(),
            Title = $"A {fragment} title",
            Abstract = $"{fragment} in the abstract {fragment}",
            Authors = [new PaperAuthor(fragment), new PaperAuthor($"Ann {fragment}")],
            JournalRef = fragment,
            PrimaryCategory = fragment,
            Doi = $"10.1/{fragment}",
            LatestVersion = 3,
        };
        MarkdownSafety.AssertSafe(PaperMarkdown.Render(paper, cited));
        MarkdownSafety.AssertSafe(PaperCompletion.Documentation(new OneRecordCatalog(paper), paper.Key)!);
        MarkdownSafety.AssertSafe(CitationHover.Render(Entry(fragment)));
        MarkdownSafety.AssertSafe(MarkdownText.Escape(fragment));
    }

    [Fact]
    public void Generated_hostile_arxiv_records_render_with_only_arxiv_doi_and_hugging_face_links() =>
        HostileText.Record(withArxivId: true).Sample(paper =>
        {
            MarkdownSafety.AssertSafe(PaperMarkdown.Render(paper));
            MarkdownSafety.AssertSafe(PaperMarkdown.Render(paper, paper.ArxivId!.WithVersion(2), includeAbstract: true));
        }, iter: 400);

    [Fact]
    public void Generated_hostile_records_without_id_link_only_to_their_own_http_url() =>
        HostileText.Record(withArxivId: false).Sample(paper =>
        {
            MarkdownSafety.AssertSafe(PaperMarkdown.Render(paper), paper.Links);
            MarkdownSafety.AssertSafe(PaperCompletion.Documentation(new OneRecordCatalog(paper), paper.Key)!, paper.Links);
        }, iter: 400);

    [Fact]
    public void Generated_hostile_bib_entries_render_inert() =>
        Gen.Select(HostileText.Any, HostileText.Any, HostileText.Any).Sample((title, author, venue) =>
            MarkdownSafety.AssertSafe(CitationHover.Render(new BibEntry("article", "key", default, default,
            [
                Field("title", title), Field("author", author), Field("journal", venue), Field("year", venue),
            ]))), iter: 400);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("command:workbench.action.terminal.new")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vscode://ms-python.python/run")]
    [InlineData("file:///etc/passwd")]
    public void Links_with_a_scheme_other_than_http_are_text(string url)
    {
        var markdown = MarkdownText.Link("Link", url);
        Assert.Equal("Link", markdown);
        MarkdownSafety.AssertSafe(markdown);
    }

    [Theory]
    [InlineData("https://example.org/a b\n\nhttp://evil.example")]
    [InlineData("https://example.org/x\n\n# Heading")]
    [InlineData("https://example.org/x\r\n![i](http://tracker.example/p.png)")]
    [InlineData("https://example.org/`x` [y]")]
    public void A_record_url_cannot_break_out_of_its_link(string url)
    {
        var markdown = MarkdownText.Link("Link", url);
        Assert.DoesNotContain('\n', markdown);
        MarkdownSafety.AssertSafe(markdown, [url]);
    }

    [Fact]
    public void Markdown_insertion_of_a_title_completion_never_inserts_a_non_http_link()
    {
        var paper = new PaperRecord { Key = "title:x", Title = "Evil](javascript:alert(1)) [", Links = ["javascript:alert(1)"] };
        var document = Core.Documents.TextDocument.Create("file:///w/notes.md", 1, "Read attention", Core.Documents.DocumentLanguage.Markdown);
        var result = PaperCompletion.Complete(Core.Documents.WorkspaceSnapshot.Empty, document, document.Text.Length, explicitlyInvoked: true, new OneRecordCatalog(paper));
        foreach (var item in result.Items)
        {
            Assert.DoesNotContain("javascript:", item.InsertText, StringComparison.OrdinalIgnoreCase);
            MarkdownSafety.AssertSafe(item.InsertText);
        }
    }

    private static BibEntry Entry(string text) => new("article", "key", default, default,
    [
        Field("title", $"T {text}"), Field("author", $"{text} and Doe, {text}"), Field("journal", text), Field("year", text),
    ]);

    private static BibField Field(string name, string value) => new(name, value, new TextSpan(0, 0), new TextSpan(0, 0));
}
