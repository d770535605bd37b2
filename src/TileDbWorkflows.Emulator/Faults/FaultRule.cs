namespace TileDbWorkflows.Emulator.Faults;

/// <summary>One fault: which requests it targets, what it does, how often and how many times.</summary>
public sealed class FaultRule
{
    /// <summary>Glob over the raw (percent-encoded) request path; <c>*</c> matches any run of characters.</summary>
    public string Route { get; set; } = "*";

    /// <summary>HTTP method to match, or null for any.</summary>
    public string? Method { get; set; }

    /// <summary><c>503</c> (capacity), <c>429</c> (with Retry-After), <c>500</c>, <c>latency</c> or <c>drop</c>.</summary>
    public string Kind { get; set; } = FaultKinds.Capacity;

    /// <summary>Share of matching requests affected, 0..1, drawn from the spec's seeded generator.</summary>
    public double Probability { get; set; } = 1.0;

    /// <summary>Maximum number of injections; null means unlimited.</summary>
    public int? Count { get; set; }

    /// <summary>Retry-After value sent with 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Delay added by <c>latency</c> faults.</summary>
    public int LatencyMs { get; set; } = 100;

    /// <summary>How many times this rule has fired (reported by GET /__emulator/faults).</summary>
    public int Injected { get; set; }
}
