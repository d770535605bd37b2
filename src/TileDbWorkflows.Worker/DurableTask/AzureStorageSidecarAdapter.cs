using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using TileDbWorkflows.Worker.Drain;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Sits between the gRPC sidecar and the Azure Storage provider: hands the provider only types it can store, and
/// refuses a second start of an instance that is still pending or running. Without it every workflow with a
/// sub-orchestration (onboarding, bulk invitations) stops at the first one, and a message delivered twice at once
/// starts its workflow twice.
/// </summary>
/// <remarks>
/// Found running the onboarding and the queue on Azurite:
/// <list type="bullet">
/// <item>It records a sub-orchestration start as its own subclass of <see cref="SubOrchestrationInstanceCreatedEvent"/>
/// (adding the parent trace context). The provider's table converter writes only members of data-contract types, so
/// the history row comes out empty (no EventType) and the parent's history can never be loaded again. It is replaced
/// by the base event with the same values.</item>
/// <item>It copies the protobuf request's tag map (<c>Google.Protobuf.Collections.MapField&lt;string,string&gt;</c>)
/// into <c>Tags</c>. Queue messages are written with Json.NET type names, and the provider cannot resolve that type
/// when reading the child's start message back, so it is abandoned forever. Tags become plain dictionaries.</item>
/// <item>The sidecar creates instances without de-duplication, and the provider then accepts a second start of a
/// pending or running instance: two workers (or two concurrent deliveries) that both found no instance would both start
/// it. Starts are de-duplicated against the active statuses, as Durable Functions does by default; the caller sees the
/// provider's "already exists" error, and the starters read the existing instance instead. The provider checks and
/// then writes, so two starts racing each other could both pass: starts of one instance id are serialized in this
/// process. (Across processes the race stays; the provider then discards the second start message of a running
/// instance, and activities are idempotent.)</item>
/// <item>The provider keeps no failure details: it writes <c>FailureDetails.ToString()</c> ("type: message") into the
/// Instances table's Output and reads the state back with <c>FailureDetails</c> null, so a Failed workflow showed no
/// reason through the sidecar. Failed states read back get their failure details from that Output again
/// (<see cref="FailedStateDetails"/>).</item>
/// <item>The sidecar's dispatchers never renew a work item's lock, so a killed worker's messages waited out the whole
/// visibility timeout, which had to exceed the longest activity. Held work items are renewed here every third of
/// their visibility timeout (<see cref="WorkItemLockRenewals{TWorkItem}"/>), so the timeouts can be short.</item>
/// <item>Nothing hands work back on a graceful stop: a stopped worker's work waited out the visibility timeout. While the
/// worker drains (<see cref="DrainSignal"/>) no new work item is locked, and <see cref="HandBackHeldAsync"/> abandons
/// what is still held when the drain ends, so another worker takes it at once.</item>
/// </list>
/// Every other member forwards unchanged. The in-memory backend keeps objects as they are and needs none of this.
/// </remarks>
internal sealed class AzureStorageSidecarAdapter
    : IOrchestrationService, IOrchestrationServiceClient, IOrchestrationServiceQueryClient, IOrchestrationServicePurgeClient, IDisposable
{
    /// <summary>An instance in one of these states is never started again (Durable Functions' default).</summary>
    internal static readonly OrchestrationStatus[] ActiveStatuses =
        [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew, OrchestrationStatus.Suspended];

    // Striped rather than one lock per instance id: bounded memory, and unrelated starts rarely wait for each other.
    private static readonly SemaphoreSlim[] StartGates = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private readonly WorkItemLockRenewals<TaskOrchestrationWorkItem> orchestrationLocks;
    private readonly WorkItemLockRenewals<TaskActivityWorkItem> activityLocks;
    private readonly DrainSignal drain;
    private readonly ILogger logger;

    /// <param name="inner">The provider.</param>
    /// <param name="controlQueueVisibilityTimeout">The provider's setting; held orchestration work items are renewed every third of it.</param>
    /// <param name="workItemQueueVisibilityTimeout">The provider's setting; held activities are renewed every third of it.</param>
    /// <param name="logger">Where failed renewals and hand-backs are reported.</param>
    /// <param name="drain">Fires when the worker stops taking work.</param>
    public AzureStorageSidecarAdapter(
        AzureStorageOrchestrationService inner, TimeSpan controlQueueVisibilityTimeout, TimeSpan workItemQueueVisibilityTimeout, ILogger logger, DrainSignal drain)
    {
        Inner = inner;
        this.drain = drain;
        this.logger = logger;
        orchestrationLocks = new(controlQueueVisibilityTimeout / 3, inner.RenewTaskOrchestrationWorkItemLockAsync, logger);
        activityLocks = new(workItemQueueVisibilityTimeout / 3, inner.RenewTaskActivityWorkItemLockAsync, logger);
    }

    // The sidecar reaches query and purge through these interfaces, so the wrapper implements them all.
    public AzureStorageOrchestrationService Inner { get; }

    /// <summary>Work items this process holds now (orchestration episodes plus activities).</summary>
    public int HeldWorkItems => orchestrationLocks.Count + activityLocks.Count;

    public int TaskOrchestrationDispatcherCount => Inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => Inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => Inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => Inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => Inner.MaxConcurrentTaskActivityWorkItems;

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        if (newOrchestrationRuntimeState is not null)
        {
            Normalize(newOrchestrationRuntimeState.Events);
            Normalize(newOrchestrationRuntimeState.NewEvents);
        }
        Normalize(outboundMessages);
        Normalize(orchestratorMessages);
        Normalize(timerMessages);
        Normalize(continuedAsNewMessage);
        if (orchestrationState is not null)
        {
            orchestrationState.Tags = Plain(orchestrationState.Tags);
        }
        return Inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        Normalize(responseMessage);
        activityLocks.Let(workItem);
        return Inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
    }

    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage) =>
        CreateTaskOrchestrationAsync(creationMessage, ActiveStatuses);

    public async Task CreateTaskOrchestrationAsync(TaskMessage creationMessage, OrchestrationStatus[] dedupeStatuses)
    {
        ArgumentNullException.ThrowIfNull(creationMessage);
        Normalize(creationMessage);
        var gate = StartGates[(uint)StringComparer.Ordinal.GetHashCode(creationMessage.OrchestrationInstance.InstanceId) % (uint)StartGates.Length];
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await Inner.CreateTaskOrchestrationAsync(creationMessage, dedupeStatuses is { Length: > 0 } ? dedupeStatuses : ActiveStatuses).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public Task SendTaskOrchestrationMessageAsync(TaskMessage message)
    {
        Normalize(message);
        return Inner.SendTaskOrchestrationMessageAsync(message);
    }

    public Task SendTaskOrchestrationMessageBatchAsync(params TaskMessage[] messages)
    {
        Normalize(messages);
        return Inner.SendTaskOrchestrationMessageBatchAsync(messages);
    }

    public Task StartAsync() => Inner.StartAsync();

    public Task StopAsync() => Inner.StopAsync();

    public Task StopAsync(bool isForced) => Inner.StopAsync(isForced);

    public Task CreateAsync() => Inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => Inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => Inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => Inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => Inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        Inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => Inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => Inner.GetDelayInSecondsAfterOnFetchException(exception);

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var workItem = await LockUnlessDrainingAsync(Inner.LockNextTaskOrchestrationWorkItemAsync, receiveTimeout, cancellationToken).ConfigureAwait(false);
        if (workItem is not null && drain.IsDraining)
        {
            // Locked while the drain began: give it straight back rather than start it.
            await HandBackAsync(workItem).ConfigureAwait(false);
            return null!;
        }
        return orchestrationLocks.Hold(workItem)!;
    }

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => Inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    // Released after completion and after abandonment alike: the end of holding it.
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        orchestrationLocks.Let(workItem);
        return Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
    }

    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var workItem = await LockUnlessDrainingAsync(Inner.LockNextTaskActivityWorkItem, receiveTimeout, cancellationToken).ConfigureAwait(false);
        if (workItem is not null && drain.IsDraining)
        {
            await HandBackAsync(workItem).ConfigureAwait(false);
            return null!;
        }
        return activityLocks.Hold(workItem)!;
    }

    /// <summary>Abandons every work item still held (the drain's end), so other workers take them now; returns how many.</summary>
    public async Task<int> HandBackHeldAsync()
    {
        var activities = activityLocks.Held;
        var orchestrations = orchestrationLocks.Held;
        foreach (var activity in activities)
        {
            await HandBackAsync(activity).ConfigureAwait(false);
        }
        foreach (var orchestration in orchestrations)
        {
            await HandBackAsync(orchestration).ConfigureAwait(false);
        }
        return activities.Count + orchestrations.Count;
    }

    // Null while draining (the dispatchers treat it as an empty poll): a poll under way ends when the drain begins.
    private async Task<TWorkItem?> LockUnlessDrainingAsync<TWorkItem>(
        Func<TimeSpan, CancellationToken, Task<TWorkItem>> lockNext, TimeSpan receiveTimeout, CancellationToken cancellationToken)
        where TWorkItem : class
    {
        using var stopTaking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, drain.Draining);
        try
        {
            if (drain.IsDraining)
            {
                await Task.Delay(receiveTimeout, cancellationToken).ConfigureAwait(false);
                return null;
            }
            return await lockNext(receiveTimeout, stopTaking.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (drain.IsDraining && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task HandBackAsync(TaskActivityWorkItem workItem)
    {
        activityLocks.Let(workItem);
        try
        {
            await Inner.AbandonTaskActivityWorkItemAsync(workItem).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DrainLog.HandBackFailed(logger, ex, nameof(TaskActivityWorkItem));
        }
    }

    private async Task HandBackAsync(TaskOrchestrationWorkItem workItem)
    {
        orchestrationLocks.Let(workItem);
        try
        {
            await Inner.AbandonTaskOrchestrationWorkItemAsync(workItem).ConfigureAwait(false);
            await Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DrainLog.HandBackFailed(logger, ex, nameof(TaskOrchestrationWorkItem));
        }
    }

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => Inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        activityLocks.Let(workItem);
        return Inner.AbandonTaskActivityWorkItemAsync(workItem);
    }

    public async Task<OrchestrationState> WaitForOrchestrationAsync(string instanceId, string executionId, TimeSpan timeout, CancellationToken cancellationToken) =>
        FailedStateDetails.Restore(await ((IOrchestrationServiceClient)Inner).WaitForOrchestrationAsync(instanceId, executionId, timeout, cancellationToken).ConfigureAwait(false));

    public Task ForceTerminateTaskOrchestrationAsync(string instanceId, string reason) => Inner.ForceTerminateTaskOrchestrationAsync(instanceId, reason);

    public async Task<IList<OrchestrationState>> GetOrchestrationStateAsync(string instanceId, bool allExecutions) =>
        FailedStateDetails.Restore(await Inner.GetOrchestrationStateAsync(instanceId, allExecutions).ConfigureAwait(false));

    public async Task<OrchestrationState> GetOrchestrationStateAsync(string instanceId, string executionId) =>
        FailedStateDetails.Restore(await Inner.GetOrchestrationStateAsync(instanceId, executionId).ConfigureAwait(false));

    public Task<string> GetOrchestrationHistoryAsync(string instanceId, string executionId) => Inner.GetOrchestrationHistoryAsync(instanceId, executionId);

    public Task PurgeOrchestrationHistoryAsync(DateTime thresholdDateTimeUtc, OrchestrationStateTimeRangeFilterType timeRangeFilterType) =>
        Inner.PurgeOrchestrationHistoryAsync(thresholdDateTimeUtc, timeRangeFilterType);

    // Not restored: the sidecar's query answer carries no failure details on any backend.
    public Task<OrchestrationQueryResult> GetOrchestrationWithQueryAsync(OrchestrationQuery query, CancellationToken cancellationToken) =>
        Inner.GetOrchestrationWithQueryAsync(query, cancellationToken);

    // Implemented explicitly by the provider, hence the casts.
    public Task<PurgeResult> PurgeInstanceStateAsync(string instanceId) => ((IOrchestrationServicePurgeClient)Inner).PurgeInstanceStateAsync(instanceId);

    public Task<PurgeResult> PurgeInstanceStateAsync(PurgeInstanceFilter purgeInstanceFilter) =>
        ((IOrchestrationServicePurgeClient)Inner).PurgeInstanceStateAsync(purgeInstanceFilter);

    /// <summary>Replaces subclassed sub-orchestration events in place and plain-maps every event's tags.</summary>
    internal static void Normalize(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent created && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                events[i] = new SubOrchestrationInstanceCreatedEvent(created.EventId)
                {
                    Name = created.Name,
                    Version = created.Version,
                    InstanceId = created.InstanceId,
                    Input = created.Input,
                    ClientSpanId = created.ClientSpanId,
                    Tags = created.Tags,
                    Timestamp = created.Timestamp,
                    IsPlayed = created.IsPlayed,
                };
            }
            Normalize(events[i]);
        }
    }

    internal static void Normalize(HistoryEvent? historyEvent)
    {
        switch (historyEvent)
        {
            case ExecutionStartedEvent started:
                started.Tags = Plain(started.Tags);
                break;
            case SubOrchestrationInstanceCreatedEvent created:
                created.Tags = Plain(created.Tags);
                break;
            case TaskScheduledEvent scheduled:
                scheduled.Tags = Plain(scheduled.Tags);
                break;
        }
    }

    private static void Normalize(IEnumerable<TaskMessage>? messages)
    {
        if (messages is null)
        {
            return;
        }
        foreach (var message in messages)
        {
            Normalize(message);
        }
    }

    private static void Normalize(TaskMessage? message) => Normalize(message?.Event);

    private static IDictionary<string, string>? Plain(IDictionary<string, string>? tags) =>
        tags is null or Dictionary<string, string> ? tags : new Dictionary<string, string>(tags, StringComparer.Ordinal);

    public void Dispose()
    {
        orchestrationLocks.Dispose();
        activityLocks.Dispose();
    }
}
