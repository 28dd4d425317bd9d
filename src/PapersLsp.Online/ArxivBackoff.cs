using System.Net.Http.Headers;

namespace PapersLsp.Online;

/// <summary>How long to wait before retrying: exponential backoff with jitter, and the server's Retry-After when it gives one.</summary>
public sealed class ArxivBackoff(ArxivApiOptions options, Random jitter)
{
    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan After(int attempt, TimeSpan? retryAfter)
    {
        var exponent = Math.Min(attempt - 1, 16);
        var baseWait = TimeSpan.FromTicks(Math.Min(options.BaseBackoff.Ticks * (1L << exponent), options.MaxBackoff.Ticks));
        double random;
        lock (jitter) random = jitter.NextDouble();
        var backoff = baseWait + TimeSpan.FromTicks((long)(baseWait.Ticks * 0.5 * random));
        if (retryAfter is not { } asked) return backoff;
        // The server's word wins when it asks for longer; a huge value is capped so lookups resume the same day.
        var honoured = asked > options.MaxRetryAfter ? options.MaxRetryAfter : asked;
        return honoured > backoff ? honoured : backoff;
    }

    /// <summary>Retry-After as a delay from now (seconds or an HTTP date); null when absent.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
