using TileDbWorkflows.Cloud.Auth;

namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>One client state's way into the shared limiters: its options and clock, or nothing when the limit is off.</summary>
internal sealed class ClientConcurrency(ConcurrencyOptions options, TimeProvider time)
{
    public bool Enabled => options.Enabled;

    /// <summary>The limiter of the token and server <paramref name="request"/> goes to, or null when the limit is off.</summary>
    public AdaptiveConcurrencyLimiter? For(HttpRequestMessage request)
        => options.Enabled ? ConcurrencyLimits.For(ConcurrencyKey.For(request), options, time) : null;

    /// <summary>The limiter of <paramref name="session"/>'s token, made on first use like the request path makes it.</summary>
    public AdaptiveConcurrencyLimiter? For(TileDbCloudSession session)
        => options.Enabled ? ConcurrencyLimits.For(ConcurrencyKey.For(session), options, time) : null;

    /// <summary>What an attempt's answer says about capacity, how long its Retry-After asks to wait, and whether it is a 429 (a rate limit, which the pace learns from).</summary>
    public static (ConcurrencySignal Signal, TimeSpan? RetryAfter, bool RateLimited) Classify(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null)
        {
            return (ConcurrencySignal.Neutral, null, false);
        }

        var status = (int)response.StatusCode;
        if (status is 429 or 503)
        {
            var retryAfter = response.Headers.RetryAfter;
            TimeSpan? wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
            return (ConcurrencySignal.Overload, wait, status == 429);
        }

        return status < 500 ? (ConcurrencySignal.Success, null, false) : (ConcurrencySignal.Neutral, null, false);
    }
}
