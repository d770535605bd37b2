namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// Batch sizes, concurrency, retry and polling settings of every workflow, bound from the <c>Workflows</c> section and
/// validated at start. Orchestrators never read these from DI: they get a snapshot through
/// <see cref="LoadSettingsActivity"/>, so a configuration change between replays cannot make a replay diverge.
/// </summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflows";

    /// <summary>Items (arrays, groups, files, shares) handled by one activity call.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Recipients sent by one invitation activity call (one TileDB request). Each call first lists the target's pending
    /// invitations to skip those already invited, so fewer, larger calls read far less (bench: 10,000 recipients took
    /// 695 reads at 100 and 133 at 500); the Python client sends a whole list in one request.
    /// </summary>
    public int InvitationBatchSize { get; set; } = 500;

    /// <summary>Recipients per invitation sub-orchestration, so no history grows with the recipient list.</summary>
    public int InvitationChunkSize { get; set; } = 500;

    /// <summary>Activity calls in flight at once within one orchestration.</summary>
    public int MaxParallelActivities { get; set; } = 4;

    /// <summary>Sub-orchestrations in flight at once within one orchestration.</summary>
    public int MaxParallelSubOrchestrations { get; set; } = 4;

    /// <summary>Attempts of an activity on transient errors (after the client's own short retries) before the workflow fails.</summary>
    public int RetryMaxAttempts { get; set; } = 5;

    public TimeSpan RetryFirstInterval { get; set; } = TimeSpan.FromSeconds(5);

    public double RetryBackoffCoefficient { get; set; } = 2.0;

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>First wait between two polls of a TileDB task.</summary>
    public TimeSpan TaskPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The cap of the exponential poll backoff.</summary>
    public TimeSpan TaskPollMaxInterval { get; set; } = TimeSpan.FromMinutes(2);

    public double TaskPollBackoffCoefficient { get; set; } = 2.0;

    /// <summary>How long a task watch waits at most when the request names no timeout.</summary>
    public TimeSpan TaskWatchTimeout { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Polls per task-watch generation before <c>ContinueAsNew</c> starts a fresh, short history.</summary>
    public int TaskWatchPollsPerGeneration { get; set; } = 20;

    /// <summary>Submissions of one follow-up task at most when TileDB answers RESOURCES_UNAVAILABLE.</summary>
    public int TaskResubmitMaxAttempts { get; set; } = 3;

    /// <summary>Blob container of inputs, item lists and reports too big for a history (see Workflows/Payloads).</summary>
    public string PayloadContainer { get; set; } = "workflow-payloads";

    /// <summary>
    /// A start's input larger than this (serialized) is written to the payload store and the orchestration gets a
    /// reference: the sidecar's gRPC messages stop at 4 MB, and every replay reads the input again.
    /// </summary>
    public int InlinePayloadBytes { get; set; } = 64 * 1024;

    /// <summary>The HTTP body limit of every start (413 with problem details above it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Items per chunk of every list workflow but invitations (which use <see cref="InvitationChunkSize"/>).</summary>
    public int ChunkSize { get; set; } = 500;

    /// <summary>Chunks a list workflow's instance finishes before <c>ContinueAsNew</c> gives it a fresh history.</summary>
    public int ChunksPerGeneration { get; set; } = 16;

    /// <summary>Failed items a report and a chunk's answer carry inline; the full report is in the payload store.</summary>
    public int ReportFailuresShown { get; set; } = 20;

    /// <summary>A report of at most this many lines carries them inline as well (small workflows read as before).</summary>
    public int InlineReportItems { get; set; } = 200;

    /// <summary>How long an apply waits for the approval of its destructive changes before it ends "not approved".</summary>
    public TimeSpan ApprovalTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An apply with <c>autoApprove</c> approves its destructive changes itself only when there are at most this many.</summary>
    public int AutoApproveMaxDestructive { get; set; } = 10;
}
