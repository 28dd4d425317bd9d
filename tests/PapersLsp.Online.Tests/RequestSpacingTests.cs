namespace PapersLsp.Online.Tests;

/// <summary>arXiv's "one request every three seconds, one at a time", tested on a manual clock (no sleeping).</summary>
public sealed class RequestSpacingTests
{
    private static readonly TimeSpan Three = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Consecutive_requests_start_at_least_three_seconds_apart()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var spacing = new RequestSpacing(Path.Combine(scratch.Path, "lock"), Three, clock);
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            using var turn = await spacing.AcquireAsync(CancellationToken.None);
            starts.Add(turn.Started);
            clock.Advance(TimeSpan.FromMilliseconds(500)); // the request takes half a second
        }
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(p.Second - p.First >= Three, $"{p.First:O} -> {p.Second:O}"));
        // Spacing counts from the end of the previous request: each wait is the full three seconds.
        Assert.Equal([Three, Three, Three], clock.Delays);
    }

    [Fact]
    public async Task No_wait_when_the_last_request_is_long_past()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var spacing = new RequestSpacing(Path.Combine(scratch.Path, "lock"), Three, clock);
        using (await spacing.AcquireAsync(CancellationToken.None)) { }
        clock.Advance(TimeSpan.FromSeconds(10));
        using (await spacing.AcquireAsync(CancellationToken.None)) { }
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Another_process_sees_the_last_request_time_in_the_shared_file()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var file = Path.Combine(scratch.Path, OnlineState.LockFileName);
        var first = new RequestSpacing(file, Three, clock);   // the server
        var second = new RequestSpacing(file, Three, clock);  // a `catalog fetch` started meanwhile: it shares nothing but the file
        using (await first.AcquireAsync(CancellationToken.None)) { }
        clock.Advance(TimeSpan.FromSeconds(1));
        using (await second.AcquireAsync(CancellationToken.None)) { }
        Assert.Equal([TimeSpan.FromSeconds(2)], clock.Delays);
    }

    [Fact]
    public async Task While_another_process_holds_the_lock_file_the_request_waits()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var file = Path.Combine(scratch.Path, OnlineState.LockFileName);
        var spacing = new RequestSpacing(file, Three, clock);
        var otherProcess = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var acquiring = spacing.AcquireAsync(CancellationToken.None);
        await Task.Delay(200);
        Assert.False(acquiring.IsCompleted);
        otherProcess.Dispose();
        using var turn = await acquiring.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEmpty(clock.Delays); // it polled
    }

    [Fact]
    public async Task Requests_in_one_process_go_one_at_a_time()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var a = new RequestSpacing(Path.Combine(scratch.Path, "a.lock"), Three, clock);
        var b = new RequestSpacing(Path.Combine(scratch.Path, "b.lock"), Three, clock);
        var first = await a.AcquireAsync(CancellationToken.None);
        var second = b.AcquireAsync(CancellationToken.None); // another client in the same process, even with its own file
        await Task.Delay(200);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_time_in_the_future_costs_at_most_one_spacing()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var file = Path.Combine(scratch.Path, OnlineState.LockFileName);
        await File.WriteAllTextAsync(file, clock.UtcNow.AddDays(3).UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var spacing = new RequestSpacing(file, Three, clock);
        using (await spacing.AcquireAsync(CancellationToken.None)) { }
        Assert.Equal([Three], clock.Delays);
    }

    [Fact]
    public async Task A_damaged_lock_file_does_not_stop_requests()
    {
        using var scratch = new ScratchFolder();
        var clock = new ManualClock();
        var file = Path.Combine(scratch.Path, OnlineState.LockFileName);
        await File.WriteAllTextAsync(file, "not a time \u0000\u0001");
        var spacing = new RequestSpacing(file, Three, clock);
        using (await spacing.AcquireAsync(CancellationToken.None)) { }
        Assert.Empty(clock.Delays);
        Assert.True(DateTimeOffset.TryParse(await File.ReadAllTextAsync(file), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task The_client_spaces_its_own_retries_and_batches_too()
    {
        await using var online = new OnlineFixture();
        var ids = Enumerable.Range(1, 250).Select(n => OnlineFixture.Id($"2502.{n:D5}")).ToList();
        await online.Client.LookupAsync(ids);
        Assert.Equal(3, online.Server.Requests.Count);
        Assert.Equal([Three, Three], online.Clock.Delays);
    }
}
