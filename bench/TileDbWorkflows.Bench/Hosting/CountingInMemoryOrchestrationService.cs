using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Bench.Hosting;

/// <summary>
/// The worker's in-memory backend with the same raised work-item caps as its own (internal)
/// <c>ConcurrentInMemoryOrchestrationService</c>, plus a count of history events per instance: the sidecar returns
/// no history for in-memory instances, so the count is taken where each episode is committed (hosting notes).
/// </summary>
/// <remarks>
/// The base implements these members as public non-virtual interface members; re-implementing the interface lets
/// the dispatcher, which calls through <see cref="IOrchestrationService"/>, see these while everything else maps to the base.
/// </remarks>
internal sealed class CountingInMemoryOrchestrationService(
    ILoggerFactory loggerFactory,
    int maxConcurrentActivities,
    int maxConcurrentOrchestrations,
    HistoryCounter counter)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
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
        counter.Record(workItem.InstanceId, newOrchestrationRuntimeState.Events.Count);
        return CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }
}
