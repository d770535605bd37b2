namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Delay added to every matching request, drawn from a distribution with the spec's seeded generator. Long-tail
/// shapes are given by their median and 99th percentile, the two figures people measure; <see cref="MaxMs"/> caps
/// any draw (0 = no cap, except for uniform where it is the upper end).
/// </summary>
public sealed class LatencyRule
{
    /// <summary>Glob over the raw request path; <c>*</c> matches any run of characters.</summary>
    public string Route { get; set; } = "*";

    /// <summary>HTTP method to match, or null for any.</summary>
    public string? Method { get; set; }

    /// <summary><c>fixed</c>, <c>uniform</c>, <c>lognormal</c> or <c>pareto</c>.</summary>
    public string Distribution { get; set; } = LatencyDistributions.Fixed;

    /// <summary>The delay of <c>fixed</c>.</summary>
    public double Ms { get; set; }

    /// <summary>Lower end of <c>uniform</c>.</summary>
    public double MinMs { get; set; }

    /// <summary>Upper end of <c>uniform</c>; cap of the long-tail shapes when positive.</summary>
    public double MaxMs { get; set; }

    /// <summary>Median of <c>lognormal</c> and <c>pareto</c>.</summary>
    public double P50Ms { get; set; }

    /// <summary>99th percentile of <c>lognormal</c> and <c>pareto</c>; at least <see cref="P50Ms"/>.</summary>
    public double P99Ms { get; set; }

    /// <summary>Requests delayed by this rule (reported by GET /__emulator/latency).</summary>
    public int Applied { get; set; }

    /// <summary>Sum of the delays drawn, in milliseconds (reported by GET /__emulator/latency).</summary>
    public double TotalMs { get; set; }
}
