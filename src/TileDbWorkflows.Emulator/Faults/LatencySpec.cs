namespace TileDbWorkflows.Emulator.Faults;

/// <summary>The full latency set; PUT replaces the previous one. The first matching rule delays a request; the seed makes the draws repeat.</summary>
public sealed class LatencySpec
{
    public int Seed { get; set; } = 1;

    public List<LatencyRule> Rules { get; set; } = [];
}
