using System.Collections.Concurrent;
using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Workflows.Tests.Support;

/// <summary>
/// The in-memory backend with two changes for tests: work-item caps raised (the default of one per core makes a fan-out
/// crawl on 2 cores), and the largest history per instance recorded, since the sidecar returns no histories to clients.
/// The caps are non-virtual interface members in the base class, so the interface is re-implemented.
/// </summary>
internal sealed class RecordingOrchestrationService(ILoggerFactory? loggerFactory)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    private readonly ConcurrentDictionary<string, int> maxEvents = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> MaxHistoryEvents => maxEvents;

    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => 64;

    int IOrchestrationService.MaxConcurrentTaskOrchestrationWorkItems => 64;

    Task IOrchestrationService.CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        var id = newOrchestrationRuntimeState.OrchestrationInstance?.InstanceId ?? workItem.InstanceId;
        var count = newOrchestrationRuntimeState.Events.Count;
        maxEvents.AddOrUpdate(id, count, (_, old) => Math.Max(old, count));
        return CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }
}
