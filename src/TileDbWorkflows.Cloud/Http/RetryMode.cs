namespace TileDbWorkflows.Cloud.Http;

/// <summary>Built-in retry behaviours, matching the Python client's <c>retry_mode</c>.</summary>
public enum RetryMode
{
    /// <summary>Retry 503 ("not enough capacity") and 429 when the server sends Retry-After.</summary>
    Default,

    /// <summary>No retries. Region redirects are still followed.</summary>
    Disabled,

    /// <summary>Retry 400, 500, 501, 502 and 503. Retries requests that may always fail (e.g. bad SQL): costs more.</summary>
    Forceful,

    /// <summary>Caller-supplied <see cref="RetrySettings"/> or resilience pipeline.</summary>
    Custom,
}
