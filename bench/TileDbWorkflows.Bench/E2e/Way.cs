namespace TileDbWorkflows.Bench.E2e;

/// <summary>The three ways each scenario is run, side by side.</summary>
internal enum Way
{
    /// <summary>The raw client issuing the same mutating calls with the same concurrency cap, no durability.</summary>
    Limit,

    /// <summary>The textbook fan-out: one activity per item, all scheduled at once.</summary>
    Naive,

    /// <summary>The project's workflow as shipped.</summary>
    Ours,
}
