using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TileDbWorkflows.Cloud.Logging;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>Turns <see cref="RetrySettings"/> into a Polly v8 pipeline.</summary>
public static class RetryPipelineFactory
{
    /// <summary>Context key carrying the HTTP method, so the pipeline can tell whether a retry is allowed.</summary>
    public static readonly ResiliencePropertyKey<string> MethodKey = new("TileDbCloud.Method");

    /// <summary>
    /// Context key set to true when an answer has a retryable status but is final: the server did its work
    /// and resending would repeat it (an invitation 500 that lists <c>failed_recipients</c>). The built-in
    /// modes never retry such an answer; a caller-supplied pipeline should check it too.
    /// </summary>
    public static readonly ResiliencePropertyKey<bool> FinalAnswerKey = new("TileDbCloud.FinalAnswer");

    /// <summary>Request path (no query, so nothing secret) for retry log lines.</summary>
    internal static readonly ResiliencePropertyKey<string> PathKey = new("TileDbCloud.Path");

    /// <summary>The client's logger, carried per request so one shared pipeline logs for whichever client used it.</summary>
    internal static readonly ResiliencePropertyKey<ILogger> LoggerKey = new("TileDbCloud.Logger");

    private static readonly HashSet<int> RetryAfterStatuses = [413, 429, 503];

    /// <summary>Builds the pipeline for <paramref name="settings"/>, timed by <paramref name="timeProvider"/>.</summary>
    /// <param name="settings">Retry settings.</param>
    /// <param name="timeProvider">Clock used for delays and Retry-After dates.</param>
    /// <param name="random">Source of jitter in [0, 1); null uses the shared random source.</param>
    public static ResiliencePipeline<HttpResponseMessage> Create(RetrySettings settings, TimeProvider timeProvider, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (settings.Total <= 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        // This default is the seam itself: tests pass their own source through 'random'.
#pragma warning disable RS0030
        var next = random ?? Random.Shared.NextDouble;
#pragma warning restore RS0030
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.Total,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                Delay = TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(settings, args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(ComputeDelay(settings, args.AttemptNumber, args.Outcome, timeProvider, next)),
                OnRetry = args =>
                {
                    LogRetry(args.Context, args.AttemptNumber, args.Outcome, args.RetryDelay);
                    return default;
                },
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
        if (!settings.AllowedMethods.Contains(method) || context.Properties.GetValue(FinalAnswerKey, false))
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            return (settings.RetryConnectionErrors && outcome.Exception is HttpRequestException)
                || (settings.RetryTimeouts && outcome.Exception is TimeoutRejectedException);
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

    private static void LogRetry(ResilienceContext context, int attemptNumber, Outcome<HttpResponseMessage> outcome, TimeSpan delay)
    {
        if (!context.Properties.TryGetValue(LoggerKey, out var logger))
        {
            return;
        }

        var what = outcome.Exception is { } ex
            ? ex.GetType().Name
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int?)outcome.Result?.StatusCode}");

        // Polly numbers attempts from 0; people count the first attempt as 1.
        CloudLog.RetryScheduled(
            logger,
            context.Properties.GetValue(MethodKey, "GET"),
            context.Properties.GetValue(PathKey, "?"),
            attemptNumber + 1,
            what,
            delay.TotalMilliseconds);
    }
}
