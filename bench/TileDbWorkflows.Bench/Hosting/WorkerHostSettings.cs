using TileDbWorkflows.Worker.DurableTask;

namespace TileDbWorkflows.Bench.Hosting;

/// <summary>What a benchmark worker process is pointed at.</summary>
/// <param name="Backend">In-memory or Azure Storage (Azurite).</param>
/// <param name="StorageConnectionString">Azurite: the durable backend (Azure Storage runs) and the sweep's blobs; null without Azurite.</param>
/// <param name="TileDbAddress">The emulator's address.</param>
/// <param name="TaskHubName">Unique per run, so no run sees another's leftovers.</param>
/// <param name="Overrides">Configuration overrides applied last (knobs under test).</param>
internal sealed record WorkerHostSettings(
    DurableBackend Backend,
    string? StorageConnectionString,
    Uri TileDbAddress,
    string TaskHubName,
    IReadOnlyDictionary<string, string?>? Overrides = null);
