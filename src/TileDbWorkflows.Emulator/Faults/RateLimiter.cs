using System.Text.RegularExpressions;
using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Token buckets per rule and caller, refilled from the emulator's clock: a fake clock makes refills step only when
/// the test advances it. One lock, so decisions and counts are consistent under load.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    /// <summary>What the request log shows in its fault column for a request the limiter refused.</summary>
    public const string LogMark = "rate-limit";

    private readonly Lock sync = new();
    private readonly Dictionary<(int Rule, string Caller), Bucket> buckets = [];
    private List<(RateLimitRule Rule, Regex Route)> rules = [];

    public bool Active { get; private set; }

    public void Set(RateLimitSpec spec)
    {
        var compiled = new List<(RateLimitRule, Regex)>();
        foreach (var r in spec.Rules)
        {
            if (!(r.RatePerSecond > 0) || double.IsInfinity(r.RatePerSecond) || r.Burst < 1)
            {
                throw ApiException.BadRequest("rate limit rate_per_second must be positive and burst at least 1");
            }

            r.Allowed = 0;
            r.Limited = 0;
            compiled.Add((r, RouteGlob.Compile(string.IsNullOrEmpty(r.Route) ? "*" : r.Route)));
        }

        lock (sync)
        {
            rules = compiled;
            buckets.Clear();
            Active = compiled.Count > 0;
        }
    }

    public void Clear() => Set(new RateLimitSpec());

    public RateLimitSpec Snapshot()
    {
        lock (sync)
        {
            return new RateLimitSpec { Rules = rules.ConvertAll(r => r.Rule) };
        }
    }

    /// <summary>Takes a token for the request, or says how long until one is there.</summary>
    public RateLimitDecision? Decide(string method, string path, string? token, string? user)
    {
        if (!Active)
        {
            return null;
        }

        lock (sync)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var (rule, route) = rules[i];
                if ((rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                    || (rule.Token is not null && !string.Equals(rule.Token, token, StringComparison.Ordinal))
                    || (rule.User is not null && !string.Equals(rule.User, user, StringComparison.OrdinalIgnoreCase))
                    || !route.IsMatch(path))
                {
                    continue;
                }

                var caller = string.IsNullOrEmpty(token) ? "user:" + user : "token:" + token;
                var now = time.GetUtcNow();
                if (!buckets.TryGetValue((i, caller), out var bucket))
                {
                    bucket = new Bucket(rule.Burst, now);
                    buckets[(i, caller)] = bucket;
                }

                bucket.Tokens = Math.Min(rule.Burst, bucket.Tokens + ((now - bucket.RefilledAt).TotalSeconds * rule.RatePerSecond));
                bucket.RefilledAt = now;
                if (bucket.Tokens >= 1)
                {
                    bucket.Tokens -= 1;
                    rule.Allowed++;
                    return null;
                }

                rule.Limited++;

                // The service sends whole seconds; rounding up means a client that waits it out finds a token.
                var seconds = (1 - bucket.Tokens) / rule.RatePerSecond;
                return new RateLimitDecision(Math.Max(1, (int)Math.Ceiling(seconds)));
            }
        }

        return null;
    }

    private sealed class Bucket(double tokens, DateTimeOffset refilledAt)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset RefilledAt { get; set; } = refilledAt;
    }
}
