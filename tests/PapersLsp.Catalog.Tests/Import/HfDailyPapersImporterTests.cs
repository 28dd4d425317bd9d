using System.Text.Json;
using System.Text.Json.Nodes;
using PapersLsp.Catalog.Import.HfJson;

namespace PapersLsp.Catalog.Tests.Import;

public class HfDailyPapersImporterTests
{
    private const string File4 = "hf-papers/hf_daily_papers_2024-10-25_first4.json";

    [Fact]
    public void The_corpus_file_gives_four_papers()
    {
        var items = Corpus.Import(new HfDailyPapersImporter(), File4);
        Assert.Empty(items.Problems());
        var papers = items.Papers();
        Assert.Equal(["2410.17243", "2410.16251", "2410.18533", "2410.18693"], papers.Select(p => p.Key));
        Assert.Equal([9, 5, 5, 6], papers.Select(p => p.Authors.Count));
        var first = papers[0];
        Assert.Equal("Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss", first.Title);
        Assert.StartsWith("Contrastive loss is a powerful approach for representation learning, where larger batch sizes", first.Abstract, StringComparison.Ordinal);
        Assert.Equal("Lidong Bing", first.Authors[^1].Name);
        Assert.Equal(new DateOnly(2024, 10, 22), first.Published);
        Assert.Equal("hf-json", Assert.Single(first.Sources).Name);
        Assert.Equal("https://huggingface.co/papers/2410.17243", Assert.Single(first.Links));
    }

    [Fact]
    public void A_truncated_file_keeps_the_papers_before_the_cut()
    {
        var text = File.ReadAllText(Corpus.PathOf(File4));
        var cut = text.IndexOf("\"2410.18693\"", StringComparison.Ordinal) + 100;
        var items = Corpus.ImportText(new HfDailyPapersImporter(), text[..cut]);
        Assert.Equal(3, items.Papers().Count);
        var problem = Assert.Single(items.Problems());
        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void A_bad_item_is_reported_at_its_line_and_the_rest_imports()
    {
        var array = JsonNode.Parse(File.ReadAllText(Corpus.PathOf(File4)))!.AsArray();
        array[1]!["paper"]!.AsObject().Remove("id");
        var pretty = array.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var expectedLine = pretty[..pretty.IndexOf("\"2410.18533\"", StringComparison.Ordinal)].Split('\n').Length;
        var items = Corpus.ImportText(new HfDailyPapersImporter(), pretty);
        Assert.Equal(["2410.17243", "2410.18533", "2410.18693"], items.Papers().Select(p => p.Key));
        var problem = Assert.Single(items.Problems());
        Assert.Equal("the paper has no id", problem.Message);
        Assert.InRange(problem.Line, 2, expectedLine - 1);
    }

    [Fact]
    public void Invalid_utf8_is_a_problem_not_an_exception()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(File4));
        var at = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("Can Knowledge", StringComparison.Ordinal);
        bytes[at] = 0xFF;
        var items = Corpus.ImportBytes(new HfDailyPapersImporter(), bytes);
        Assert.Single(items.Problems());
        Assert.Contains("2410.17243", items.Papers().Select(p => p.Key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("[1, \"x\", null]")]
    [InlineData("nonsense")]
    public void Odd_documents_never_throw(string json)
    {
        var items = Corpus.ImportText(new HfDailyPapersImporter(), json);
        Assert.Empty(items.Papers());
        Assert.Equal(json is "[]" ? 0 : json.StartsWith('[') ? 3 : 1, items.Problems().Count);
    }
}
