using System.Collections.Concurrent;
using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// The in-memory service caps concurrent work items at <see cref="Environment.ProcessorCount"/>, and the
/// sidecar's dispatcher then backs off 500 ms per poll: on a 2-core machine a 50-activity fan-out crawls for
/// seconds. This raises the caps to the given limits (see the hosting notes). The worker's in-memory backend, the
/// benchmarks and the workflow tests all run on this one.
/// </summary>
/// <remarks>
/// The base class implements the caps as non-virtual interface members, so they cannot be overridden; the
/// interface is re-implemented instead. The dispatcher reads them through <see cref="IOrchestrationService"/>,
/// which therefore sees these values; every other member maps to the base implementation.
/// </remarks>
public sealed class ConcurrentInMemoryOrchestrationService(
    ILoggerFactory? loggerFactory,
    int maxConcurrentActivities,
    int maxConcurrentOrchestrations,
    bool recordHistorySizes = false)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    private readonly ConcurrentDictionary<string, int> maxHistoryEvents = new(StringComparer.Ordinal);

    /// <summary>
    /// With <c>recordHistorySizes</c>, the largest history per instance, taken where each episode is committed: the
    /// sidecar returns no histories to clients (hosting notes). Kept off in production, where it would only grow.
    /// </summary>
    public IReadOnlyDictionary<string, int> MaxHistoryEvents => maxHistoryEvents;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => maxConcurrentActivities;

    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => maxConcurrentOrchestrations;

    Task IOrchestrationService.CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        if (recordHistorySizes)
        {
            var id = newOrchestrationRuntimeState.OrchestrationInstance?.InstanceId ?? workItem.InstanceId;
            // The history only grows, so the largest count seen is the final one.
            var count = newOrchestrationRuntimeState.Events.Count;
            maxHistoryEvents.AddOrUpdate(id, count, (_, old) => Math.Max(old, count));
        }
        return CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }
}
