using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// What orchestrators log: phase started, finished and failed, with counts. Every helper takes the orchestration
/// context and logs through <see cref="TaskOrchestrationContext.CreateReplaySafeLogger(string)"/>, so a line is written
/// once per run, not once per replay. Item names and reasons stay out (recipients are people's e-mail addresses);
/// the report carries them.
/// </summary>
public static partial class WorkflowLog
{
    /// <summary>The category every orchestrator logs under, so one filter shows (or hides) workflow progress.</summary>
    public const string Category = "TileDbWorkflows.Workflows";

    /// <summary>A replay-safe logger for <paramref name="context"/> under <see cref="Category"/>.</summary>
    public static ILogger For(TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CreateReplaySafeLogger(Category);
    }

    public static void PhaseStarted(TaskOrchestrationContext context, string phase, int items)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = For(context);
        PhaseStarted(logger, context.Name.Name, context.InstanceId, phase, items);
    }

    public static void PhaseFinished(TaskOrchestrationContext context, string phase, int done, int failed)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = For(context);
        PhaseFinished(logger, context.Name.Name, context.InstanceId, phase, done, failed);
    }

    /// <summary>The phase stopped the workflow; <paramref name="error"/> is logged by type and message, as Durable Task records it.</summary>
    public static void PhaseFailed(TaskOrchestrationContext context, string phase, int done, int failed, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = For(context);
        PhaseFailed(logger, error, context.Name.Name, context.InstanceId, phase, done, failed);
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "{Workflow} {InstanceId}: phase {Phase} started with {Items} items")]
    public static partial void PhaseStarted(ILogger logger, string workflow, string instanceId, string phase, int items);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "{Workflow} {InstanceId}: phase {Phase} finished, {Done} items done, {Failed} failed")]
    public static partial void PhaseFinished(ILogger logger, string workflow, string instanceId, string phase, int done, int failed);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "{Workflow} {InstanceId}: phase {Phase} failed after {Done} items done, {Failed} failed")]
    public static partial void PhaseFailed(ILogger logger, Exception? exception, string workflow, string instanceId, string phase, int done, int failed);
}
