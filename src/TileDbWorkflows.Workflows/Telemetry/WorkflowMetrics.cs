using System.Diagnostics.Metrics;
using Microsoft.DurableTask;
using TileDbWorkflows.Cloud.Http.Concurrency;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Telemetry;

/// <summary>
/// The workflow, queue and limiter instruments on the <c>TileDbWorkflows</c> meter (the TileDB call counters live
/// beside the client, in TileDbWorkflows.Cloud). Tags are names and outcomes only: never an item, recipient or token.
/// </summary>
public static class WorkflowMetrics
{
    /// <summary>The one meter name every assembly records on.</summary>
    public const string MeterName = "TileDbWorkflows";

    public const string WorkflowTag = "workflow.name";
    public const string OutcomeTag = "workflow.item.outcome";
    public const string DryRunTag = "workflow.dry_run";
    public const string StatusTag = "workflow.status";
    public const string QueueTag = "messaging.destination.name";
    public const string PoisonReasonTag = "queue.poison.reason";
    public const string LimiterTag = "tiledb.limiter";

    public const string PoisonMalformed = "malformed";
    public const string PoisonMaxDequeue = "max_dequeue_count";
    public const string PoisonUndecodable = "undecodable";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Items = Meter.CreateCounter<long>("workflow.items", "{item}", "Items a workflow finished, by workflow and outcome");
    private static readonly Histogram<double> Durations = Meter.CreateHistogram<double>("workflow.duration", "s", "Time from a workflow's start to its end, by workflow and status");
    private static readonly Counter<long> Dequeued = Meter.CreateCounter<long>("queue.messages.dequeued", "{message}", "Queue deliveries handed to a handler, by queue");
    private static readonly Histogram<long> DequeueCounts = Meter.CreateHistogram<long>("queue.messages.dequeue_count", "{delivery}", "The delivery number of each handled queue message (1 = first delivery)");
    private static readonly Counter<long> Poisoned = Meter.CreateCounter<long>("queue.messages.poisoned", "{message}", "Queue messages moved to the poison queue, by queue and reason");

    // Observed only while a listener is subscribed; each observation reads the process's limiters afresh.
    private static readonly ObservableGauge<int>[] LimiterGauges =
    [
        Meter.CreateObservableGauge("tiledb.concurrency.limit", () => Observe(g => g.Limit), "{request}", "Requests the adaptive limiter allows in flight, per token hash"),
        Meter.CreateObservableGauge("tiledb.concurrency.in_flight", () => Observe(g => g.InFlight), "{request}", "TileDB requests in flight, per token hash"),
        Meter.CreateObservableGauge("tiledb.concurrency.waiting", () => Observe(g => g.Waiting), "{request}", "TileDB requests waiting for a slot or a Retry-After hold, per token hash"),
    ];

    /// <summary>
    /// Makes sure the instruments exist (the limiter gauges are created with the type), so a host that subscribes to
    /// the meter sees them before the first workflow records anything.
    /// </summary>
    public static void EnsureCreated() => GC.KeepAlive(LimiterGauges);

    /// <summary>
    /// Records a finished workflow from its orchestrator: one count per item outcome and the duration since
    /// <paramref name="startedAt"/> (the orchestration's first <c>CurrentUtcDateTime</c>, carried in its input).
    /// Nothing is recorded while replaying, so a run counts once however often it replays.
    /// </summary>
    public static void RecordReport(TaskOrchestrationContext context, WorkflowReport report, DateTime startedAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsReplaying)
        {
            return;
        }
        RecordReport(report, context.CurrentUtcDateTime - startedAt);
    }

    /// <summary>Records a finished workflow's items by outcome and, when known, its duration with status Completed.</summary>
    public static void RecordReport(WorkflowReport report, TimeSpan? duration)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        AddItems(report, ItemOutcome.Created, summary.Created);
        AddItems(report, ItemOutcome.Updated, summary.Updated);
        AddItems(report, ItemOutcome.Deleted, summary.Deleted);
        AddItems(report, ItemOutcome.Skipped, summary.Skipped);
        AddItems(report, ItemOutcome.Failed, summary.Failed);
        if (duration is { } elapsed)
        {
            RecordDuration(report.Workflow, "Completed", elapsed);
        }
    }

    /// <summary>Records a workflow's duration with its final status (Completed, Failed, Terminated).</summary>
    public static void RecordDuration(string workflow, string status, TimeSpan duration) =>
        Durations.Record(Math.Max(0, duration.TotalSeconds), new(WorkflowTag, workflow), new(StatusTag, status));

    /// <summary>One delivery of a queue message to its handler; <paramref name="dequeueCount"/> is 1 on the first.</summary>
    public static void RecordDequeue(string queue, long dequeueCount)
    {
        var tag = new KeyValuePair<string, object?>(QueueTag, queue);
        Dequeued.Add(1, tag);
        DequeueCounts.Record(dequeueCount, tag);
    }

    /// <summary>A message moved to the poison queue; <paramref name="reason"/> is one of the <c>Poison*</c> constants.</summary>
    public static void RecordPoison(string queue, string reason) =>
        Poisoned.Add(1, new(QueueTag, queue), new(PoisonReasonTag, reason));

    private static void AddItems(WorkflowReport report, ItemOutcome outcome, int count)
    {
        if (count > 0)
        {
            Items.Add(
                count,
                new(WorkflowTag, report.Workflow),
                new(OutcomeTag, outcome.ToString().ToLowerInvariant()),
                new(DryRunTag, report.DryRun));
        }
    }

    private static IEnumerable<Measurement<int>> Observe(Func<IConcurrencyGauge, int> value) =>
        ConcurrencyLimits.Snapshot().Select(g => new Measurement<int>(value(g), new KeyValuePair<string, object?>(LimiterTag, g.Key)));
}
