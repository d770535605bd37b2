namespace TileDbWorkflows.Emulator;

/// <summary>
/// The emulator's one source of randomness for fault and latency draws: always seeded, so a run's faults and delays
/// repeat for the same seed and request sequence.
/// </summary>
internal static class EmulatorRandom
{
#pragma warning disable RS0030 // This is the seam the ban points to.
    public static Random Seeded(int seed) => new(seed);
#pragma warning restore RS0030
}
