namespace PapersLsp.Online.Tests;

/// <summary>The background queue: de-duplication, batches, catalog upserts, the negative cache, quiet failures.</summary>
public sealed class PaperFetchQueueTests
{
    private static async Task<ArxivIdLookup> NextBatch(PaperFetchQueue queue, Action start)
    {
        var done = new TaskCompletionSource<ArxivIdLookup>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnBatch(ArxivIdLookup lookup) => done.TrySetResult(lookup);
        queue.BatchCompleted += OnBatch;
        try
        {
            start();
            return await done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            queue.BatchCompleted -= OnBatch;
        }
    }

    [Fact]
    public async Task Queued_ids_are_deduplicated_fetched_and_stored_with_their_source()
    {
        await using var online = new OnlineFixture();
        var catalog = new TestCatalog();
        using var queue = new PaperFetchQueue(online.Client, catalog, online.Clock);
        var release = new TaskCompletionSource();
        online.Server.Script(FakeResponse.Feed(ArxivCorpus.File("2026_id_list-1605.08386.xml")) with { HoldUntil = release.Task });

        var first = NextBatch(queue, () => Assert.Equal(1, queue.Enqueue([OnlineFixture.Id("1605.08386v1")])));
        await WaitUntil(() => online.Server.Requests.Count == 1);
        Assert.True(queue.IsPending(OnlineFixture.Id("1605.08386")));
        Assert.Equal(0, queue.Enqueue([OnlineFixture.Id("1605.08386"), OnlineFixture.Id("1605.08386v2")])); // already pending
        release.SetResult();
        await first;

        Assert.False(queue.IsPending(OnlineFixture.Id("1605.08386")));
        var stored = catalog.Get(OnlineFixture.Id("1605.08386"));
        Assert.NotNull(stored);
        Assert.Equal("arxiv-api", Assert.Single(stored.Sources).Name);
        Assert.Equal(1, catalog.GetStats().Papers);
        Assert.Equal(1, catalog.Upserts);
        Assert.Equal(0, queue.Enqueue([OnlineFixture.Id("1605.08386")])); // now in the catalog
        Assert.Single(online.Server.Requests);
    }

    [Fact]
    public async Task Ids_arxiv_lacks_are_not_asked_again_until_a_day_has_passed()
    {
        await using var online = new OnlineFixture();
        using var queue = new PaperFetchQueue(online.Client, new TestCatalog(), online.Clock);
        var missing = OnlineFixture.Id("2512.99999");
        var lookup = await NextBatch(queue, () => queue.Enqueue([missing]));
        Assert.Equal(missing, Assert.Single(lookup.NotFound));
        Assert.Equal(0, queue.Enqueue([missing]));
        online.Clock.Advance(TimeSpan.FromHours(25));
        await NextBatch(queue, () => Assert.Equal(1, queue.Enqueue([missing])));
        Assert.Equal(2, online.Server.Requests.Count);
    }

    [Fact]
    public async Task Failures_are_logged_once_then_quietly_until_lookups_work_again()
    {
        await using var online = new OnlineFixture(o => o with { MaxAttempts = 2 });
        using var queue = new PaperFetchQueue(online.Client, new TestCatalog(), online.Clock, (level, message) => { lock (online.Log) online.Log.Add((level, message)); });
        online.Server.Script(Enumerable.Repeat(0, 4).Select(_ => FakeResponse.Unavailable("1")).ToArray());
        var failed = await NextBatch(queue, () => queue.Enqueue([OnlineFixture.Id("1605.08386")]));
        Assert.Single(failed.Failed);
        await NextBatch(queue, () => queue.Enqueue([OnlineFixture.Id("2104.12255")]));
        Assert.Single(online.Warnings());

        // A failed id waits out a cooldown instead of being hammered on every keystroke.
        Assert.Equal(0, queue.Enqueue([OnlineFixture.Id("1605.08386")]));
        online.Clock.Advance(TimeSpan.FromMinutes(11));
        var recovered = await NextBatch(queue, () => queue.Enqueue([OnlineFixture.Id("1605.08386")]));
        Assert.Single(recovered.Papers);
        Assert.Contains(online.Log, l => l.Level == OnlineLogLevel.Info && l.Message.Contains("works again", StringComparison.Ordinal));
        Assert.Single(online.Warnings());
    }

    [Fact]
    public async Task An_explicit_lookup_ignores_the_negative_cache()
    {
        await using var online = new OnlineFixture();
        var catalog = new TestCatalog();
        using var queue = new PaperFetchQueue(online.Client, catalog, online.Clock);
        online.Client.NotFound.MarkMissing([OnlineFixture.Id("2104.12255")]);
        Assert.Equal(0, queue.Enqueue([OnlineFixture.Id("2104.12255")]));
        var lookup = await queue.LookupNowAsync([OnlineFixture.Id("2104.12255")], CancellationToken.None);
        Assert.Single(lookup.Papers);
        Assert.NotNull(catalog.Get(OnlineFixture.Id("2104.12255")));
        Assert.False(online.Client.NotFound.IsKnownMissing(OnlineFixture.Id("2104.12255")));
    }

    [Fact]
    public async Task Many_ids_go_out_in_batches_of_at_most_100()
    {
        await using var online = new OnlineFixture();
        using var queue = new PaperFetchQueue(online.Client, new TestCatalog(), online.Clock);
        var ids = Enumerable.Range(1, 230).Select(n => OnlineFixture.Id($"2503.{n:D5}")).ToList();
        var release = new TaskCompletionSource();
        online.Server.Script(FakeResponse.Feed(ArxivCorpus.Feed([])) with { HoldUntil = release.Task });
        queue.Enqueue(ids.Take(1));
        await WaitUntil(() => online.Server.Requests.Count == 1);
        queue.Enqueue(ids);
        release.SetResult();
        await WaitUntil(() => online.Server.Requests.Sum(r => r.Ids.Count) == 230);
        Assert.Equal([1, 100, 100, 29], online.Server.Requests.Select(r => r.Ids.Count));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }
}
