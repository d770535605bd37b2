namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// One token bucket rule: which callers and requests it meters, and how fast. Each caller (API token, or user for
/// Basic and session auth) that the rule matches gets a bucket of its own, so a rule without <see cref="Token"/> or
/// <see cref="User"/> limits every token separately, as the service limits each token.
/// </summary>
public sealed class RateLimitRule
{
    /// <summary>The API token (<c>X-TILEDB-REST-API-KEY</c>) this rule limits, or null for any.</summary>
    public string? Token { get; set; }

    /// <summary>The authenticated user this rule limits, or null for any.</summary>
    public string? User { get; set; }

    /// <summary>Glob over the raw request path; <c>*</c> matches any run of characters.</summary>
    public string Route { get; set; } = "*";

    /// <summary>HTTP method to match, or null for any.</summary>
    public string? Method { get; set; }

    /// <summary>Tokens added to each bucket per second (the sustained rate allowed).</summary>
    public double RatePerSecond { get; set; } = 10;

    /// <summary>Bucket size: requests allowed at once after a quiet spell. A bucket starts full.</summary>
    public int Burst { get; set; } = 10;

    /// <summary>Requests this rule let through (reported by GET /__emulator/rate-limits).</summary>
    public int Allowed { get; set; }

    /// <summary>Requests this rule answered with 429 (reported by GET /__emulator/rate-limits).</summary>
    public int Limited { get; set; }
}
