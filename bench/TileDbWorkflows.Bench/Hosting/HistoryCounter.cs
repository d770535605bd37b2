using System.Collections.Concurrent;

namespace TileDbWorkflows.Bench.Hosting;

/// <summary>
/// History size per orchestration instance, as the in-memory backend reports it after each episode. The largest
/// value seen is the final history (it only grows), so max over time is what is kept.
/// </summary>
internal sealed class HistoryCounter
{
    private readonly ConcurrentDictionary<string, int> events = new(StringComparer.Ordinal);

    public void Record(string instanceId, int count) =>
        events.AddOrUpdate(instanceId, count, (_, old) => Math.Max(old, count));

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(events, StringComparer.Ordinal);
}
