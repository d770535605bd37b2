using Polly;
using Polly.Retry;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>Turns <see cref="RetrySettings"/> into a Polly v8 pipeline.</summary>
public static class RetryPipelineFactory
{
    /// <summary>Context key carrying the HTTP method, so the pipeline can tell whether a retry is allowed.</summary>
    public static readonly ResiliencePropertyKey<string> MethodKey = new("TileDbCloud.Method");

    private static readonly HashSet<int> RetryAfterStatuses = [413, 429, 503];

    /// <summary>Builds the pipeline for <paramref name="settings"/>, timed by <paramref name="timeProvider"/>.</summary>
    /// <param name="settings">Retry settings.</param>
    /// <param name="timeProvider">Clock used for delays and Retry-After dates.</param>
    /// <param name="random">Source of jitter in [0, 1); null uses <see cref="Random.Shared"/>.</param>
    public static ResiliencePipeline<HttpResponseMessage> Create(RetrySettings settings, TimeProvider timeProvider, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (settings.Total <= 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        var next = random ?? Random.Shared.NextDouble;
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.Total,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                Delay = TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(settings, args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(ComputeDelay(settings, args.AttemptNumber, args.Outcome, timeProvider, next)),
            })
            .Build();
    }

    /// <summary>Backoff before retry number <paramref name="attemptNumber"/> (0 = first retry), without jitter.</summary>
    public static TimeSpan Backoff(RetrySettings settings, int attemptNumber)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (attemptNumber <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = settings.BackoffFactor.TotalSeconds * Math.Pow(2, attemptNumber);
        return seconds >= settings.MaxBackoff.TotalSeconds ? settings.MaxBackoff : TimeSpan.FromSeconds(seconds);
    }

    private static bool ShouldRetry(RetrySettings settings, Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var method = context.Properties.GetValue(MethodKey, "GET");
        if (!settings.AllowedMethods.Contains(method))
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            return settings.RetryConnectionErrors && outcome.Exception is HttpRequestException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        return settings.StatusForcelist.Contains(status)
            || (settings.RespectRetryAfter && RetryAfterStatuses.Contains(status) && response.Headers.RetryAfter is not null);
    }

    private static TimeSpan ComputeDelay(RetrySettings settings, int attemptNumber, Outcome<HttpResponseMessage> outcome, TimeProvider time, Func<double> random)
    {
        if (settings.RespectRetryAfter && outcome.Result is { } response && RetryAfterStatuses.Contains((int)response.StatusCode)
            && response.Headers.RetryAfter is { } retryAfter)
        {
            var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
            if (wait < TimeSpan.Zero)
            {
                wait = TimeSpan.Zero;
            }

            // A server asking for hours would stall a workflow activity; durable timers handle long waits.
            return wait > settings.MaxBackoff ? settings.MaxBackoff : wait;
        }

        var backoff = Backoff(settings, attemptNumber);
        if (backoff > TimeSpan.Zero && settings.JitterRatio > 0)
        {
            backoff += TimeSpan.FromTicks((long)(backoff.Ticks * settings.JitterRatio * random()));
        }

        return backoff;
    }

}
