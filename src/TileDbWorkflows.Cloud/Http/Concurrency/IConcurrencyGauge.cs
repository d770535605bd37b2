namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>A read-only view of one token's adaptive concurrency limit, for metrics and diagnostics.</summary>
public interface IConcurrencyGauge
{
    /// <summary>A short hash naming the token and server (never the token): safe as a metric tag or in logs.</summary>
    string Key { get; }

    /// <summary>Requests allowed in flight right now.</summary>
    int Limit { get; }

    /// <summary>Requests in flight right now.</summary>
    int InFlight { get; }

    /// <summary>Requests waiting for a slot or for a Retry-After hold to end.</summary>
    int Waiting { get; }

    /// <summary>Starts per second the limit paces to, learned from 429s; null while no 429 asked for a pace.</summary>
    double? Rate { get; }

    /// <summary>The moment new requests may start again after a Retry-After, or null when none holds them.</summary>
    DateTimeOffset? HeldUntil { get; }
}
