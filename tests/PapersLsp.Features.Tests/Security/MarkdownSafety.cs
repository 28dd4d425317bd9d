using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PapersLsp.Features.Tests.Security;

/// <summary>
/// Parses hover/completion Markdown the way an editor would (CommonMark plus bare-URL autolinks, as VS Code's
/// renderer does) and lists what would be live in it: HTML, images, headings and link targets.
/// </summary>
internal static class MarkdownSafety
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    /// <summary>The hosts of the links PapersLsp builds for a paper with an arXiv id or a DOI.</summary>
    public static readonly string[] BuiltHosts = ["arxiv.org", "doi.org", "huggingface.co"];

    /// <summary>Fails the test when the Markdown holds raw HTML, an image, a second heading or a link PapersLsp did not build.</summary>
    /// <param name="dataLinks">Links that may appear as "Link" because they are a record's own http(s) URL.</param>
    public static void AssertSafe(string markdown, IReadOnlyCollection<string>? dataLinks = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = 0;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock:
                    Assert.Fail($"raw HTML block in:\n{markdown}");
                    break;
                case HtmlInline inline:
                    Assert.Fail($"raw HTML '{inline.Tag}' in:\n{markdown}");
                    break;
                case AutolinkInline auto:
                    Assert.Fail($"autolink '{auto.Url}' in:\n{markdown}");
                    break;
                case LinkInline { IsImage: true } image:
                    Assert.Fail($"image '{image.Url}' in:\n{markdown}");
                    break;
                case LinkInline link:
                    AssertBuiltLink(link, markdown, dataLinks);
                    break;
                case HeadingBlock:
                    headings++;
                    break;
                case LinkReferenceDefinition definition:
                    Assert.Fail($"link reference definition '{definition.Label}' in:\n{markdown}");
                    break;
            }
        }
        Assert.True(headings <= 1, $"{headings} headings in:\n{markdown}");

        // The HTML an editor would show holds only the tags plain text, emphasis, a heading and links make.
        var html = Markdown.ToHtml(markdown, Pipeline);
        foreach (System.Text.RegularExpressions.Match tag in Tag.Matches(html))
            Assert.True(AllowedTags.Contains(tag.Groups[1].Value.ToLowerInvariant()), $"tag <{tag.Groups[1].Value}> in:\n{html}");
    }

    private static readonly System.Text.RegularExpressions.Regex Tag =
        new("<([a-zA-Z][a-zA-Z0-9]*)", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static readonly HashSet<string> AllowedTags = ["h3", "p", "a", "strong", "em", "br", "code"];

    private static void AssertBuiltLink(LinkInline link, string markdown, IReadOnlyCollection<string>? dataLinks)
    {
        var url = link.Url ?? "";
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var target), $"link target '{url}' is not an absolute URI in:\n{markdown}");
        Assert.True(target!.Scheme is "https" or "http", $"link scheme '{target.Scheme}' in:\n{markdown}");
        if (BuiltHosts.Contains(target.Host)) return;
        var label = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        Assert.True(label == "Link", $"link '{url}' labelled '{label}' is not one PapersLsp builds, in:\n{markdown}");
        Assert.True(dataLinks is not null && dataLinks.Any(d => Decoded(d) == Decoded(url)), $"link '{url}' is not the record's own URL in:\n{markdown}");
    }

    private static string Decoded(string url) => Uri.UnescapeDataString(url);
}
