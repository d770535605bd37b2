namespace TileDbWorkflows.Emulator.Faults;

/// <summary>The shapes a latency rule can draw from.</summary>
public static class LatencyDistributions
{
    /// <summary>Always <see cref="LatencyRule.Ms"/>.</summary>
    public const string Fixed = "fixed";

    /// <summary>Evenly between <see cref="LatencyRule.MinMs"/> and <see cref="LatencyRule.MaxMs"/>.</summary>
    public const string Uniform = "uniform";

    /// <summary>Long tail with the given <see cref="LatencyRule.P50Ms"/> and <see cref="LatencyRule.P99Ms"/>.</summary>
    public const string LogNormal = "lognormal";

    /// <summary>Heavier long tail (power law) with the given <see cref="LatencyRule.P50Ms"/> and <see cref="LatencyRule.P99Ms"/>.</summary>
    public const string Pareto = "pareto";

    public static readonly string[] All = [Fixed, Uniform, LogNormal, Pareto];
}
