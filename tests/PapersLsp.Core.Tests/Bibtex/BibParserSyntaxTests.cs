using PapersLsp.Core.Bibtex;

namespace PapersLsp.Core.Tests.Bibtex;

public class BibParserSyntaxTests
{
    /// <summary>Input, then the expected parse in <see cref="BibDescription"/> form (strings, entries, errors with offsets).</summary>
    public static TheoryData<string, string> Cases => new()
    {
        // Entries, delimiters, case.
        { "@article{k, title = {T}, year = 2020}", "article:k{title=T,year=2020}" },
        { "@Book(k, Title = \"T\")", "book:k{title=T}" },
        { "@ARTICLE{K, AUTHOR = {A}}", "article:K{author=A}" },
        { "@article {k,\n  title={T}\n}", "article:k{title=T}" },
        { "@article\n(k, title={T})", "article:k{title=T}" },
        { "@misc(k, note = {a (b) c})", "misc:k{note=a (b) c}" },
        { "@misc{k}", "misc:k{}" },
        { "@misc{k,}", "misc:k{}" },
        { "@misc{k, t = {x},}", "misc:k{t=x}" },
        // Values: nested braces kept, quotes, braces protect quotes, numbers, whitespace kept as written.
        { "@a{k, title = {{BERT}: Pre-training}}", "a:k{title={BERT}: Pre-training}" },
        { "@a{k, title = \"The {\"}quoted{\"} word\"}", "a:k{title=The {\"}quoted{\"} word}" },
        { "@a{k, title = \"{A \"B\" C}\"}", "a:k{title={A \"B\" C}}" },
        { "@a{k, title = {A\n  B}}", "a:k{title=A\n  B}" },
        { "@a{k, t = {}, u = \"\"}", "a:k{t=,u=}" },
        { "@a{k, note = {mail a@b.c or @misc{x}}}", "a:k{note=mail a@b.c or @misc{x}}" },
        { "@a{k, title = {\\\"{u}ber \\'e}}", "a:k{title=\\\"{u}ber \\'e}" },
        // @string, #, macros (case-insensitive), month macros defined by default, redefinition.
        { "@string{me = \"Ada\"} @a{k, author = me # \" and \" # {Bob}}", "$me=Ada | a:k{author=Ada and Bob}" },
        { "@STRING(Conf = {ICML}) @a{k, booktitle = CONF}", "$conf=ICML | a:k{booktitle=ICML}" },
        { "@string{a = \"x\", b = a # \"y\"}", "$a=x | $b=xy" },
        { "@string{a = \"1\"} @string{a = \"2\"} @x{k, t = a}", "$a=1 | $a=2 | x:k{t=2}" },
        { "@a{k, month = jan}", "a:k{month=January}" },
        { "@a{k, month = DEC # \"~1\"}", "a:k{month=December~1}" },
        { "@a{k, year = 2020 # {b}}", "a:k{year=2020b}" },
        { "@string{ x = {X} }@a{k, t = x#x # x}", "$x=X | a:k{t=XXX}" },
        // Undefined macro: error on the name, the name kept as the value.
        { "@a{k, journal = aij}", "a:k{journal=aij} | !16+3" },
        { "@a{k, year = 2004a}", "a:k{year=2004a} | !13+5" },
        // @preamble and @comment; text outside entries.
        { "@preamble{\"\\newcommand{\\x}{y}\"}\n@a{k,}", "a:k{}" },
        { "@PREAMBLE( \"a\" # \"b\" )@a{k,}", "a:k{}" },
        { "@comment{ @a{hidden, t={x}} }\n@b{k,}", "b:k{}" },
        { "@Comment{jabref-meta: databaseType:bibtex;}", "" },
        { "@Comment Tom Dean\n@a{k,}", "a:k{}" },
        { "@Comment booktitle = \"Proceedings of {X},\n@a{k,}", "a:k{}" },
        { "@comment{\n@a{x, t={y}}\n}\n@b{k,}", "a:x{t=y} | b:k{}" },
        { "% 2024-01-01 added\nsome text } { \"\n@a{k,}", "a:k{}" },
        { "contact me@example.org\n@a{k,}", "a:k{}" },
        { "", "" },
        { "no entries at all", "" },
        // Keys: empty, unusual characters, missing.
        { "@misc{,title={x}}", "misc:{title=x}" },
        { "@misc{a:b/c-d.e+f(1)*2,}", "misc:a:b/c-d.e+f(1)*2{}" },
        { "@misc{Müller2020,}", "misc:Müller2020{}" },
        { "@misc{title = {x}}", "misc:{title=x} | !6+0" },
        // Field-list problems.
        { "@a{k, t={x} u={y}}", "a:k{t=x,u=y} | !11+0" },
        { "@a{k, t={x},, u={y}}", "a:k{t=x,u=y} | !12+1" },
        { "@a{k, t {x}, u={y}}", "a:k{u=y} | !6+1" },
        { "@a{k, = {x}, u={y}}", "a:k{u=y} | !6+1" },
        { "@a{k, t = }", "a:k{t=} | !10+0" },
        { "@a{k, t = {x} # }", "a:k{t=x} | !16+0" },
        { "@a{k,\n  % t = {x},\n  u = {y}}", "a:k{u=y}" },
        { "@a{k t={x}}", "a:k{t=x} | !5+0" },
        { "@a{k, title={x}, TITLE={y}}", "a:k{title=x,title=y} | !17+5" },
        { "@a{k, t={x}) }", "a:k{t=x} | !11+1" },
        { "@a{k, t=\"x}y\"}", "a:k{t=x}y} | !10+1" },
        // Bad commands.
        { "@ {x}", "!0+1" },
        { "@article k", "!0+8" },
        // Unbalanced braces and quotes recovered at the next line that starts an entry.
        { "@a{k, t={x\n@b{j, u={y}}", "a:k{t=x} | b:j{u=y} | !8+1" },
        { "@a{k, t={x\r\n  @b{j, u={y}}", "a:k{t=x} | b:j{u=y} | !8+1" },
        { "@a{k, t=\"x\n@b{j,}", "a:k{t=x} | b:j{} | !8+1" },
        { "@a{k, t={x}\n@b{j,}", "a:k{t=x} | b:j{} | !2+1" },
        { "@a(k, t={x}\n@b{j,}", "a:k{t=x} | b:j{} | !2+1" },
        { "@string{s = {x\n@b{j,}", "$s=x | b:j{} | !12+1" },
        { "@a{k, t={x", "a:k{t=x} | !8+1" },
        { "@a{k, t={x}", "a:k{t=x} | !2+1" },
        { "@a{k, t=\"x", "a:k{t=x} | !8+1" },
        { "@a{k", "a:k{} | !2+1" },
        { "@preamble{\"x\"", "!9+1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses(string bib, string expected) => Assert.Equal(expected, BibDescription.Describe(BibParser.Parse(bib)));

    [Fact]
    public void Spans_cover_entry_key_field_and_value_exactly()
    {
        const string bib = "% x\n@Article{Key1,\n  Title = \"A {B}\",\n  year = 2020\n}\n";
        var entry = Assert.Single(BibParser.Parse(bib).Entries);
        Assert.Equal(bib.IndexOf('@'), entry.Span.Start);
        Assert.Equal(bib.LastIndexOf('}') + 1, entry.Span.End);
        Assert.Equal("Key1", Slice(bib, entry.KeySpan));
        var title = entry.Fields[0];
        Assert.Equal("Title = \"A {B}\"", Slice(bib, title.Span));
        Assert.Equal("\"A {B}\"", Slice(bib, title.ValueSpan));
        Assert.Equal("A {B}", Slice(bib, title.LiteralSpan!.Value));
        Assert.Equal("2020", Slice(bib, entry.Fields[1].LiteralSpan!.Value));
    }

    [Fact]
    public void Macro_and_concatenated_values_have_no_literal_span()
    {
        var entry = BibParser.Parse("@a{k, m = jan, t = {a} # {b}}").Entries[0];
        Assert.All(entry.Fields, f => Assert.Null(f.LiteralSpan));
        Assert.Equal("jan", Slice("@a{k, m = jan, t = {a} # {b}}", entry.Fields[0].ValueSpan));
        Assert.Equal("{a} # {b}", Slice("@a{k, m = jan, t = {a} # {b}}", entry.Fields[1].ValueSpan));
    }

    [Fact]
    public void Offsets_are_utf16_through_crlf_emoji_and_cjk()
    {
        const string bib = "@string{ü = \"名前\"}\r\n% 😀 note\r\n@misc{鍵😀,\r\n  title = {😀 {CJK} 漢字},\r\n  author = ü\r\n}\r\n";
        var doc = BibParser.Parse(bib);
        Assert.Empty(doc.Errors);
        var entry = Assert.Single(doc.Entries);
        Assert.Equal("鍵😀", entry.Key);
        Assert.Equal("鍵😀", Slice(bib, entry.KeySpan));
        Assert.Equal("😀 {CJK} 漢字", entry["title"]);
        Assert.Equal("{😀 {CJK} 漢字}", Slice(bib, entry.Fields[0].ValueSpan));
        Assert.Equal("名前", entry["author"]);
        Assert.Equal("@misc{鍵😀,\r\n  title = {😀 {CJK} 漢字},\r\n  author = ü\r\n}", Slice(bib, entry.Span));
    }

    [Fact]
    public void Error_messages_say_what_is_wrong()
    {
        var doc = BibParser.Parse("@a{k, t={x\n@b{j, journal = aij}");
        Assert.Equal(["'{' is not closed before the next entry", "undefined macro 'aij'"], doc.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Indexer_finds_fields_case_insensitively()
    {
        var entry = BibParser.Parse("@a{k, EPrint = {2104.12255}}").Entries[0];
        Assert.Equal("eprint", entry.Fields[0].Name);
        Assert.Equal("2104.12255", entry["ePrint"]);
        Assert.Null(entry["doi"]);
    }

    private static string Slice(string text, Core.Text.TextSpan span) => text.Substring(span.Start, span.Length);
}
