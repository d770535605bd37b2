namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>One attempt's slot. Completing it (or disposing it, which reports nothing) frees the slot exactly once.</summary>
internal sealed class ConcurrencyLease(AdaptiveConcurrencyLimiter limiter, long epoch) : IDisposable
{
    private int _done;

    /// <summary>The limiter's window when the attempt started: only an overload from the current window cuts.</summary>
    public long Epoch { get; } = epoch;

    public void Complete(ConcurrencySignal signal, TimeSpan? retryAfter, Microsoft.Extensions.Logging.ILogger logger)
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            limiter.Release(this, signal, retryAfter, logger);
        }
    }

    public void Dispose() => Complete(ConcurrencySignal.Neutral, null, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
}
