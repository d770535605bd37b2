namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// Retry settings equivalent to urllib3's <c>Retry</c> as the Python client uses it. Backoff before retry
/// n (1-based) is 0 for the first retry, then <c>BackoffFactor * 2^(n-1)</c>, capped at
/// <see cref="MaxBackoff"/>, plus up to <see cref="JitterRatio"/> of random extra. A Retry-After header on
/// 413/429/503 replaces the computed delay and also makes those statuses retryable.
/// </summary>
public sealed record RetrySettings
{
    /// <summary>Every method urllib3's Python client configuration allows, including POST and PATCH.</summary>
    public static readonly IReadOnlySet<string> AllMethods =
        new HashSet<string>(["HEAD", "GET", "PUT", "DELETE", "OPTIONS", "TRACE", "POST", "PATCH"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The <see cref="RetryMode.Default"/> settings: at most 10 attempts, 503 only.</summary>
    public static RetrySettings Default { get; } = new() { StatusForcelist = new HashSet<int> { 503 } };

    /// <summary>The <see cref="RetryMode.Forceful"/> settings: at most 10 attempts on 400, 500, 501, 502, 503.</summary>
    public static RetrySettings Forceful { get; } = new() { StatusForcelist = new HashSet<int> { 400, 500, 501, 502, 503 } };

    /// <summary>Maximum number of retries after the first attempt (urllib3 <c>total</c>). 9 retries = 10 attempts.</summary>
    public int Total { get; init; } = 9;

    /// <summary>urllib3 <c>backoff_factor</c>.</summary>
    public TimeSpan BackoffFactor { get; init; } = TimeSpan.FromSeconds(0.25);

    /// <summary>Upper bound of one computed backoff (urllib3 default 120 s). Retry-After is capped by it too.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Random extra delay as a fraction of the computed backoff (0 disables jitter).</summary>
    public double JitterRatio { get; init; } = 0.2;

    /// <summary>Statuses that are always retried (urllib3 <c>status_forcelist</c>).</summary>
    public IReadOnlySet<int> StatusForcelist { get; init; } = new HashSet<int> { 503 };

    /// <summary>Methods that may be retried (urllib3 <c>allowed_methods</c>).</summary>
    public IReadOnlySet<string> AllowedMethods { get; init; } = AllMethods;

    /// <summary>Honour Retry-After on 413/429/503 (urllib3 <c>respect_retry_after_header</c>).</summary>
    public bool RespectRetryAfter { get; init; } = true;

    /// <summary>Retry connection failures (<see cref="HttpRequestException"/>) as urllib3 counts them against total.</summary>
    public bool RetryConnectionErrors { get; init; } = true;

    /// <summary>
    /// Retry an attempt that ran past <see cref="TileDbCloudOptions.RequestTimeout"/> (a Polly
    /// <see cref="Polly.Timeout.TimeoutRejectedException"/>), for methods in <see cref="AllowedMethods"/>. True
    /// by default, so <see cref="RetryMode.Default"/> and <see cref="RetryMode.Forceful"/> retry timeouts: urllib3
    /// counts read errors against <c>total</c> and the Python client allows every method, POST included.
    /// <see cref="RetryMode.Disabled"/> never retries; a caller-supplied pipeline decides for itself.
    /// </summary>
    public bool RetryTimeouts { get; init; } = true;
}
