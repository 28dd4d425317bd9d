namespace PapersLsp.Online;

/// <summary>
/// The time and the waiting that online lookup uses, injected so rate limiting and backoff are tested without sleeping.
/// </summary>
public interface IOnlineClock
{
    DateTimeOffset UtcNow { get; }

    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}

/// <summary>The wall clock and real waiting.</summary>
public sealed class SystemOnlineClock : IOnlineClock
{
    public static readonly SystemOnlineClock Instance = new();

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
}
