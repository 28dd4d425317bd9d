using PapersLsp.Cli.Commands;

namespace PapersLsp.Online.Tests;

/// <summary><c>papers-lsp catalog fetch</c> against the fake API.</summary>
public sealed class CatalogFetchCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(OnlineFixture online, TestCatalog catalog, string[] ids, string? query = null, int max = 100)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await CatalogFetchCommand.RunAsync(ids, query, max, online.Client, catalog, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Fetching_ids_prints_what_was_added_then_what_was_updated()
    {
        await using var online = new OnlineFixture();
        var catalog = new TestCatalog();
        var (exit, output, errors) = await Run(online, catalog, ["1605.08386", "astro-ph/0601001", "1111.2011"]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("added\tarXiv:", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("added\tarXiv:1111.2011v2\t", StringComparison.Ordinal));
        Assert.Contains("3 added, 0 updated", errors, StringComparison.Ordinal);
        Assert.Single(online.Server.Requests);
        Assert.Equal("arxiv-api", catalog.GetByKey("astro-ph/0601001")!.Sources[0].Name);

        var again = await Run(online, catalog, ["1605.08386"]);
        Assert.StartsWith("updated\tarXiv:1605.08386v1\t", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_invalid_ids_are_reported_and_fail_the_command()
    {
        await using var online = new OnlineFixture();
        var (exit, output, errors) = await Run(online, new TestCatalog(), ["2512.99999", "1605.08386", "12.34"]);
        Assert.Equal(1, exit);
        Assert.Contains("12.34: not an arXiv id", errors, StringComparison.Ordinal);
        Assert.Contains("arXiv:2512.99999: arXiv has no such paper", errors, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_query_is_paged_up_to_max_within_the_rate_limit()
    {
        await using var online = new OnlineFixture(o => o with { MaxResultsPerPage = 3 });
        var catalog = new TestCatalog();
        var (exit, output, _) = await Run(online, catalog, [], "ti:\"attention\" AND cat:cs.CL", 7);
        Assert.Equal(0, exit);
        Assert.Equal(7, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(["0", "3", "6"], online.Server.Requests.Select(r => r.Query("start")));
        Assert.Equal("ti:\"attention\" AND cat:cs.CL", online.Server.Requests[0].Query("search_query"));
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], online.Clock.Delays);
    }

    [Fact]
    public async Task A_failing_api_is_reported_once_with_a_failing_exit_code()
    {
        await using var online = new OnlineFixture(o => o with { MaxAttempts = 2 });
        online.Server.Script(FakeResponse.Garbage(), FakeResponse.Garbage());
        var (exit, output, errors) = await Run(online, new TestCatalog(), ["1605.08386"]);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Single(errors.Split('\n'), l => l.StartsWith("lookup failed:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_to_fetch_is_a_usage_error()
    {
        await using var online = new OnlineFixture();
        Assert.Equal(2, (await Run(online, new TestCatalog(), [])).Exit);
        Assert.Empty(online.Server.Requests);
    }

    [Fact]
    public async Task Ids_may_be_written_as_on_the_page()
    {
        // Prefixed ids are read as typed (ArxivId.TryParseTyped); URLs go through the recogniser (ArxivScanner).
        await using var online = new OnlineFixture();
        var (exit, _, errors) = await Run(online, new TestCatalog(), ["arXiv:1605.08386v1", "https://arxiv.org/abs/2104.12255", "ARXIV: astro-ph/0601001"]);
        Assert.Equal(0, exit);
        Assert.Contains("3 added", errors, StringComparison.Ordinal);
        Assert.Equal(["1605.08386", "2104.12255", "astro-ph/0601001"], Assert.Single(online.Server.Requests).Ids);
    }
}
