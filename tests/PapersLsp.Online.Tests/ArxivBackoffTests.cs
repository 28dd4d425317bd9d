using System.Net.Http.Headers;

namespace PapersLsp.Online.Tests;

public sealed class ArxivBackoffTests
{
    private static readonly ArxivApiOptions Options = new();

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 6)]
    [InlineData(3, 12)]
    [InlineData(6, 96)]
    [InlineData(7, 120)]
    [InlineData(40, 120)]
    public void Backoff_doubles_up_to_the_cap_with_at_most_half_again_of_jitter(int attempt, int baseSeconds)
    {
        var backoff = new ArxivBackoff(Options, new Random(attempt));
        for (var i = 0; i < 50; i++)
            Assert.InRange(backoff.After(attempt, null), TimeSpan.FromSeconds(baseSeconds), TimeSpan.FromSeconds(baseSeconds * 1.5));
    }

    [Fact]
    public void Jitter_spreads_the_retries_of_many_clients()
    {
        var backoff = new ArxivBackoff(Options, new Random(1));
        var waits = Enumerable.Range(0, 20).Select(_ => backoff.After(2, null)).Distinct().Count();
        Assert.True(waits > 10);
    }

    [Fact]
    public void Retry_after_wins_when_longer_and_is_capped()
    {
        var backoff = new ArxivBackoff(Options, new Random(1));
        Assert.Equal(TimeSpan.FromSeconds(60), backoff.After(1, TimeSpan.FromSeconds(60)));
        Assert.Equal(Options.MaxRetryAfter, backoff.After(1, TimeSpan.FromDays(2)));
        Assert.True(backoff.After(3, TimeSpan.FromSeconds(1)) >= TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void Retry_after_reads_seconds_and_http_dates()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(30), ArxivBackoff.RetryAfter(RetryConditionHeaderValue.Parse("30"), now));
        Assert.Equal(TimeSpan.FromMinutes(2), ArxivBackoff.RetryAfter(RetryConditionHeaderValue.Parse("Sun, 01 Mar 2026 12:02:00 GMT"), now));
        Assert.Equal(TimeSpan.Zero, ArxivBackoff.RetryAfter(RetryConditionHeaderValue.Parse("Sun, 01 Mar 2026 11:00:00 GMT"), now));
        Assert.Null(ArxivBackoff.RetryAfter(null, now));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/api/query", "http://127.0.0.1:9/api/query", false)]
    [InlineData("https://export.arxiv.org/api/query", "https://export.arxiv.org/api/query", false)]
    [InlineData("", ArxivApiOptions.DefaultEndpoint, false)]
    [InlineData("file:///etc/passwd", ArxivApiOptions.DefaultEndpoint, true)]
    [InlineData("not a url", ArxivApiOptions.DefaultEndpoint, true)]
    public void The_endpoint_setting_must_be_an_http_url(string setting, string expected, bool reported)
    {
        var options = ArxivApiOptions.ForEndpoint(setting, out var problem);
        Assert.Equal(expected, options.Endpoint.AbsoluteUri);
        Assert.Equal(reported, problem is not null);
    }
}
