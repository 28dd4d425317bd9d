using PapersLsp.Core.Arxiv;

namespace PapersLsp.Online.Tests;

/// <summary>The API client against the fake server replaying the recorded feeds.</summary>
public sealed class ArxivApiClientTests
{
    [Theory]
    [InlineData("1605.08386", 2026, 1)]
    [InlineData("2104.12255", 2026, 1)]
    [InlineData("astro-ph/0601001", 2026, 1)]
    [InlineData("1111.2011", 2016, 2)]
    public async Task A_recorded_id_comes_back_as_a_catalog_record_from_arxiv_api(string id, int feedShape, int version)
    {
        await using var online = new OnlineFixture();
        _ = feedShape; // the recorded answer of that year is replayed byte for byte
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id(id)]);
        var paper = Assert.Single(lookup.Papers);
        Assert.Equal(id, paper.Key);
        Assert.False(string.IsNullOrWhiteSpace(paper.Title));
        Assert.False(string.IsNullOrWhiteSpace(paper.Abstract));
        Assert.NotEmpty(paper.Authors);
        var source = Assert.Single(paper.Sources);
        Assert.Equal("arxiv-api", source.Name);
        Assert.Equal(online.Clock.UtcNow, source.ImportedAt);
        Assert.Empty(lookup.NotFound);
        Assert.Single(online.Server.Requests);
        Assert.Equal(version, paper.LatestVersion);
    }

    [Fact]
    public async Task The_request_names_the_tool_asks_for_all_ids_and_omits_versions()
    {
        await using var online = new OnlineFixture();
        await online.Client.LookupAsync([OnlineFixture.Id("2104.12255v1"), OnlineFixture.Id("1605.08386")]);
        var request = Assert.Single(online.Server.Requests);
        Assert.Equal(["2104.12255", "1605.08386"], request.Ids);
        Assert.Equal("2", request.Query("max_results"));
        Assert.StartsWith("papers-lsp/", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal("papers-lsp/", request.Headers["User-Agent"][..11]);
        Assert.DoesNotContain("mailto:", request.Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("someone@example.org", "; mailto:someone@example.org)")]
    [InlineData("  someone@example.org ", "; mailto:someone@example.org)")]
    [InlineData("https://example.org/me", "; +https://example.org/me)")]
    [InlineData("", "server)")]
    [InlineData("not a contact", "server)")]
    [InlineData("x@y)\r\nX-Evil: 1", "server)")]
    [InlineData("ftp://example.org", "server)")]
    public void The_user_agent_carries_only_a_well_formed_contact(string contact, string ending)
    {
        var options = new ArxivApiOptions().WithContact(contact, out var problem);
        Assert.EndsWith(ending, options.UserAgent, StringComparison.Ordinal);
        Assert.Equal(ending == "server)" && contact.Trim().Length > 0, problem is not null);
        Assert.DoesNotContain('\n', options.UserAgent);
    }

    [Fact]
    public async Task Ids_go_in_batches_of_at_most_100_and_dropped_ids_are_not_found()
    {
        await using var online = new OnlineFixture();
        var known = ArxivCorpus.Entries.Keys.Select(OnlineFixture.Id).ToList();
        var unknown = Enumerable.Range(1, 150).Select(n => OnlineFixture.Id($"2501.{n:D5}")).ToList();
        var lookup = await online.Client.LookupAsync(unknown.Take(90).Concat(known).Concat(unknown.Skip(90)));
        Assert.Equal(2, online.Server.Requests.Count);
        Assert.All(online.Server.Requests, r => Assert.True(r.Ids.Count <= 100));
        Assert.Equal(150 + known.Count, online.Server.Requests.Sum(r => r.Ids.Count));
        Assert.Equal(known.Select(k => k.Id).Order(), lookup.Papers.Select(p => p.Key).Order());
        Assert.Equal(150, lookup.NotFound.Count);
        Assert.True(online.Client.NotFound.IsKnownMissing(unknown[0]));
        Assert.False(online.Client.NotFound.IsKnownMissing(known[0]));
    }

    [Fact]
    public async Task A_feed_that_repeats_an_entry_gives_the_paper_once()
    {
        await using var online = new OnlineFixture();
        var entry = ArxivCorpus.Entries["1605.08386"];
        online.Server.Script(FakeResponse.Feed(ArxivCorpus.Feed([entry, entry])));
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id("1605.08386")]);
        Assert.Equal("1605.08386", Assert.Single(lookup.Papers).Key);
    }

    [Fact]
    public async Task The_empty_feed_is_no_papers_and_the_id_is_not_found()
    {
        await using var online = new OnlineFixture();
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id("0704.0001")]);
        Assert.Empty(lookup.Papers);
        Assert.Equal("0704.0001", Assert.Single(lookup.NotFound).Id);
        Assert.Empty(lookup.Failed);
    }

    [Fact]
    public async Task The_error_feed_is_an_error_not_a_paper_and_is_not_retried()
    {
        await using var online = new OnlineFixture();
        online.Server.Script(FakeResponse.ErrorFeed());
        var result = await online.Client.QueryAsync("id_list=abc");
        Assert.False(result.Succeeded);
        Assert.Null(result.Feed);
        Assert.Equal("incorrect id format for abc", result.ApiError!.Message);
        Assert.Single(online.Server.Requests);
    }

    [Fact]
    public async Task A_batch_refused_for_one_id_is_asked_again_without_it()
    {
        await using var online = new OnlineFixture();
        var refusal = System.Text.Encoding.UTF8.GetString(ArxivCorpus.File("2026_id_list-abc_ERROR.xml")).Replace("for abc", "for 2501.00001", StringComparison.Ordinal);
        online.Server.Script(new FakeResponse { Status = 400, Body = System.Text.Encoding.UTF8.GetBytes(refusal) });
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id("2501.00001"), OnlineFixture.Id("1605.08386")]);
        Assert.Equal("1605.08386", Assert.Single(lookup.Papers).Key);
        Assert.Equal("2501.00001", Assert.Single(lookup.NotFound).Id);
        Assert.Equal(["1605.08386"], online.Server.Requests[1].Ids);
    }

    public static TheoryData<string> TransientFaults => ["503", "429", "truncated", "garbage", "timeout", "html", "500"];

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task A_transient_fault_is_retried_after_a_backoff_and_then_succeeds(string fault)
    {
        await using var online = new OnlineFixture(o => o with { RequestTimeout = TimeSpan.FromSeconds(1.5) });
        online.Server.Script(Fault(fault));
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id("1605.08386")]);
        Assert.Equal("1605.08386", Assert.Single(lookup.Papers).Key);
        Assert.Equal(2, online.Server.Requests.Count);
        Assert.Empty(online.Warnings());
        var backoff = Assert.Single(online.Clock.Delays, d => d >= TimeSpan.FromSeconds(3));
        Assert.InRange(backoff, TimeSpan.FromSeconds(3), fault is "503" or "429" ? TimeSpan.FromSeconds(8) : TimeSpan.FromSeconds(4.5));
    }

    [Fact]
    public async Task Connection_resets_are_retried_and_reported_as_a_failure_when_they_persist()
    {
        await using var online = new OnlineFixture();
        // SocketsHttpHandler itself resends a GET a few times after a reset before any response; script plenty.
        online.Server.Script(Enumerable.Repeat(0, 100).Select(_ => FakeResponse.ConnectionReset()).ToArray());
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id("1605.08386")]);
        Assert.Equal("1605.08386", Assert.Single(lookup.Failed).Id);
        Assert.Contains("failed", Assert.Single(lookup.Problems), StringComparison.Ordinal);
        Assert.Equal(online.Options.MaxAttempts - 1, online.Clock.Delays.Count(d => d >= TimeSpan.FromSeconds(3) && d != TimeSpan.FromSeconds(3)));

        online.Server.ClearScript();
        online.Server.Script(FakeResponse.ConnectionReset());
        var again = await online.Client.LookupAsync([OnlineFixture.Id("1605.08386")]);
        Assert.Equal("1605.08386", Assert.Single(again.Papers).Key);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("86400", 600)]
    public async Task Retry_after_is_honoured_and_capped(string retryAfter, int expectedSeconds)
    {
        await using var online = new OnlineFixture();
        online.Server.Script(FakeResponse.Unavailable(retryAfter));
        await online.Client.LookupAsync([OnlineFixture.Id("1605.08386")]);
        Assert.Contains(TimeSpan.FromSeconds(expectedSeconds), online.Clock.Delays);
    }

    [Fact]
    public async Task A_persistent_fault_fails_after_the_attempt_limit_without_marking_ids_missing()
    {
        await using var online = new OnlineFixture();
        online.Server.Script(Enumerable.Repeat(0, online.Options.MaxAttempts).Select(_ => FakeResponse.Unavailable("5")).ToArray());
        var lookup = await online.Client.LookupAsync([OnlineFixture.Id("1605.08386")]);
        Assert.Empty(lookup.Papers);
        Assert.Equal("1605.08386", Assert.Single(lookup.Failed).Id);
        Assert.Contains("gave up after 4 attempts", Assert.Single(lookup.Problems), StringComparison.Ordinal);
        Assert.Equal(online.Options.MaxAttempts, online.Server.Requests.Count);
        Assert.False(online.Client.NotFound.IsKnownMissing(OnlineFixture.Id("1605.08386")));
        var waits = online.Clock.Delays.Where(d => d > TimeSpan.Zero && d != TimeSpan.FromSeconds(3)).ToList();
        Assert.True(waits.Zip(waits.Skip(1)).All(p => p.Second > p.First), "backoff grows: " + string.Join(", ", waits));
    }

    [Fact]
    public async Task A_search_pages_through_the_results_within_max()
    {
        await using var online = new OnlineFixture(o => o with { MaxResultsPerPage = 4 });
        var pages = new List<ArxivSearchPage>();
        await foreach (var page in online.Client.SearchAsync("ti:\"testing\" AND cat:cs.SE", 9)) pages.Add(page);
        Assert.Equal([0, 4, 8], pages.Select(p => p.Start));
        Assert.Equal(9, pages.Sum(p => p.Papers.Count));
        Assert.Equal("ti:\"testing\" AND cat:cs.SE", online.Server.Requests[0].Query("search_query"));
        Assert.Equal(["4", "4", "1"], online.Server.Requests.Select(r => r.Query("max_results")));
        Assert.All(pages.SelectMany(p => p.Papers), p => Assert.Equal("arxiv-api", p.Sources[0].Name));
    }

    [Fact]
    public async Task A_search_stops_at_the_total_the_api_reports()
    {
        await using var online = new OnlineFixture();
        var count = 0;
        await foreach (var page in online.Client.SearchAsync("all:testing", 500)) count += page.Papers.Count;
        Assert.Equal(10, count);
        Assert.Single(online.Server.Requests);
    }

    private static FakeResponse Fault(string kind) => kind switch
    {
        "503" => FakeResponse.Unavailable("7"),
        "429" => FakeResponse.Unavailable("7", 429),
        "500" => new FakeResponse { Status = 500, Body = "oops"u8.ToArray() },
        "truncated" => FakeResponse.Feed(ArxivCorpus.File("2026_id_list-1605.08386.xml")) with { TruncateAt = 700 },
        "garbage" => FakeResponse.Garbage(),
        "reset" => FakeResponse.ConnectionReset(),
        "timeout" => FakeResponse.Feed(ArxivCorpus.File("2026_id_list-1605.08386.xml")) with { Delay = TimeSpan.FromSeconds(6) },
        "html" => FakeResponse.Feed("<html><body><h1>Sign in to the hotel wifi</h1></body></html>"u8.ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
