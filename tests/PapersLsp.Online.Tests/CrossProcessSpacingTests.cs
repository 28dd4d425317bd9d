using System.Diagnostics;
using CsCheck;

namespace PapersLsp.Online.Tests;

/// <summary>The request lock against a real second process, and the spacing rule over random request patterns.</summary>
public sealed class CrossProcessSpacingTests
{
    private static readonly TimeSpan Three = TimeSpan.FromSeconds(3);

    /// <summary>util-linux's flock(1) takes the same flock(2) lock .NET uses for FileShare.None on Unix.</summary>
    private static Process Flock(string file, string command) => Process.Start(new ProcessStartInfo("flock", ["-x", file, "-c", command])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    })!;

    [Fact]
    public async Task A_request_waits_while_another_process_holds_the_lock()
    {
        if (!OperatingSystem.IsLinux()) return; // flock(1) is the Linux tool; Windows locks are tested in-process above
        using var scratch = new ScratchFolder();
        var file = Path.Combine(scratch.Path, OnlineState.LockFileName);
        using var other = Flock(file, "sleep 1.5");
        await Task.Delay(300); // let it take the lock
        var clock = new ManualClock();
        var spacing = new RequestSpacing(file, Three, clock);
        var waited = Stopwatch.StartNew();
        using (await spacing.AcquireAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)))
        {
            // The other process held the lock for about 1.2 s more after we started waiting.
            Assert.True(waited.Elapsed > TimeSpan.FromSeconds(1), $"the turn came after {waited.Elapsed}");
        }
        await other.WaitForExitAsync();
    }

    [Fact]
    public async Task Another_process_cannot_take_the_lock_during_a_request()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var scratch = new ScratchFolder();
        var file = Path.Combine(scratch.Path, OnlineState.LockFileName);
        var spacing = new RequestSpacing(file, Three, new ManualClock());
        using (await spacing.AcquireAsync(CancellationToken.None))
        {
            using var probe = Process.Start(new ProcessStartInfo("flock", ["-n", "-x", file, "true"]) { RedirectStandardError = true })!;
            await probe.WaitForExitAsync();
            Assert.NotEqual(0, probe.ExitCode);
        }
        using var after = Process.Start(new ProcessStartInfo("flock", ["-n", "-x", file, "true"]) { RedirectStandardError = true })!;
        await after.WaitForExitAsync();
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void Whatever_the_pattern_of_requests_starts_are_at_least_three_seconds_apart()
    {
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 5_000]).Array[1, 12].Sample(pattern =>
        {
            using var scratch = new ScratchFolder();
            var clock = new ManualClock();
            var spacing = new RequestSpacing(Path.Combine(scratch.Path, "lock"), Three, clock);
            var previousEnd = (DateTimeOffset?)null;
            foreach (var (gapMs, durationMs) in pattern)
            {
                clock.Advance(TimeSpan.FromMilliseconds(gapMs));
                using var turn = spacing.AcquireAsync(CancellationToken.None).GetAwaiter().GetResult();
                if (previousEnd is { } end && turn.Started - end < Three) return false;
                clock.Advance(TimeSpan.FromMilliseconds(durationMs));
                previousEnd = clock.UtcNow;
            }
            return true;
        }, iter: 200);
    }
}
