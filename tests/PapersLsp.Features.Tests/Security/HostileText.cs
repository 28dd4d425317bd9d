using CsCheck;
using PapersLsp.Core.Arxiv;
using PapersLsp.Core.Catalog;

namespace PapersLsp.Features.Tests.Security;

/// <summary>Text an attacker would put in a feed, a web page or a .bib file to make a hover act.</summary>
internal static class HostileText
{
    public static readonly string[] Fragments =
    [
        "[x](javascript:alert(1))", "![img](http://tracker.example/p.png)", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "[run](command:workbench.action.terminal.new)", "command:vscode.open",
        "&lt;b&gt;", "&#60;script&#62;", "&amp;", "`code`", "```", "# Heading", "\n## H2\n", "\n---\n", "\n===\n",
        "http://bare.example.com/x", "www.evil.example", "<http://auto.example>", "<mailto:a@b.c>", "\\", "$x^2$",
        "\\emph{", "}", "{", "*bold*", "_it_", "|a|b|", "\n> quote", "\n1. item", "\n- item", "[^1]",
        "\n[ref]: http://evil.example\n", "[ref]", "  \n", "\t", "\u0000", "\u202E", "\r\n", "\\url{http://evil.example}",
        "\\href{javascript:alert(1)}{click}", "<!-- c -->", "<a href=\"http://evil.example\">a</a>", "[a]: <javascript:x>",
        "\\textbackslash{}", "\\&", "\\#", "~~~", "    indented", "Ünïcödé", "😀", "data:text/html;base64,PHNjcmlwdD4=",
    ];

    /// <summary>A string built from hostile fragments and arbitrary characters.</summary>
    public static readonly Gen<string> Any =
        Gen.OneOf<string>(Gen.OneOf(Fragments), Gen.String, Gen.Char["<>[]()!`*_#&;:\\/\"'\n \t-=|~{}$^@."].Array[1, 6].Select(c => new string(c)))
            .Array[0, 8].Select(string.Concat);

    public static readonly Gen<string> Link =
        Gen.OneOf<string>(Gen.OneOf("javascript:alert(1)", "command:workbench.action.terminal.new", "data:text/html,<script>x</script>",
            "https://example.org/a b\n\nhttp://evil.example", "https://example.org/x)(javascript:alert(1))", "http://example.org/<img>",
            "https://example.org/paper?id=a_b&x=1", "https://example.org/\"onmouseover=\"x", "https://ok.example/`code`"),
            Any.Select(s => "https://example.org/" + s));

    /// <summary>A catalog record whose every text field is hostile.</summary>
    public static Gen<PaperRecord> Record(bool withArxivId) =>
        Gen.Select(Any, Any, Any.Array[0, 10], Any, Any, Gen.Select(Any, Any, Link, Link.Array[0, 2]), (title, abstr, authors, journal, category, rest) =>
        {
            var (doi, comments, link, links) = rest;
            var id = ArxivId.TryParse("2401.00001", out var parsed) ? parsed : null;
            return new PaperRecord
            {
                Key = withArxivId ? "2401.00001" : PaperRecord.TitleKey(title),
                ArxivId = withArxivId ? id : null,
                Title = title,
                Abstract = abstr,
                Authors = [.. authors.Select(a => new PaperAuthor(a))],
                JournalRef = journal,
                PrimaryCategory = category,
                Categories = [category, comments],
                Doi = doi,
                Comments = comments,
                Links = [link, .. links],
                LatestVersion = 3,
                Versions = [new PaperVersion(1, new DateOnly(2024, 1, 1)), new PaperVersion(3, null)],
            };
        });
}
