namespace TileDbWorkflows.Emulator.Faults;

/// <summary>The full fault set; PUT replaces the previous one. The seed makes a run repeatable.</summary>
public sealed class FaultSpec
{
    public int Seed { get; set; } = 1;

    public List<FaultRule> Rules { get; set; } = [];
}
