namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>One attempt's slot. Completing it (or disposing it, which reports nothing) frees the slot exactly once.</summary>
internal sealed class ConcurrencyLease(AdaptiveConcurrencyLimiter limiter, long epoch, DateTimeOffset startedAt) : IDisposable
{
    private int _done;

    /// <summary>The limiter's window when the attempt started: only an overload from the current window cuts.</summary>
    public long Epoch { get; } = epoch;

    /// <summary>When the attempt started: answers to attempts started before the pace's last cut saw the old pace.</summary>
    public DateTimeOffset StartedAt { get; } = startedAt;

    public void Complete(ConcurrencySignal signal, TimeSpan? retryAfter, Microsoft.Extensions.Logging.ILogger logger)
        => Complete(signal, retryAfter, rateLimited: false, logger);

    /// <summary>Frees the slot with what the answer said; <paramref name="rateLimited"/> marks a 429 (the pace learns from it).</summary>
    public void Complete(ConcurrencySignal signal, TimeSpan? retryAfter, bool rateLimited, Microsoft.Extensions.Logging.ILogger logger)
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            limiter.Release(this, signal, retryAfter, rateLimited, logger);
        }
    }

    public void Dispose() => Complete(ConcurrencySignal.Neutral, null, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
}
