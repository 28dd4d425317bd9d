namespace PapersLsp.Online.Tests.Infrastructure;

/// <summary>A clock that only moves when something waits on it: every delay is recorded and passes instantly.</summary>
public sealed class ManualClock(DateTimeOffset start) : IOnlineClock
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now = start;

    public ManualClock() : this(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public DateTimeOffset UtcNow
    {
        get { lock (_gate) return _now; }
    }

    public IReadOnlyList<TimeSpan> Delays
    {
        get { lock (_gate) return [.. _delays]; }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) _now += by;
    }

    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _delays.Add(delay);
            if (delay > TimeSpan.Zero) _now += delay;
        }
        await Task.Yield(); // a waiter that polls must not spin on the caller's thread
    }
}
