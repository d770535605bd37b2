namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>
/// The task watch orchestrator's input, and its checkpoint across <c>ContinueAsNew</c>: the ids still pending,
/// results so far, the poll count and the deadline (fixed at the first run from the orchestration clock).
/// </summary>
public sealed record TaskWatchInput(TaskWatchRequest Request)
{
    public IReadOnlyList<string>? Pending { get; init; }

    public IReadOnlyList<Reporting.ItemResult> Finished { get; init; } = [];

    public int Polls { get; init; }

    public DateTime? DeadlineUtc { get; init; }

    /// <summary>
    /// The steps that submitted some of the tasks (onboarding's follow-up tasks): a task of a known step that ends
    /// RESOURCES_UNAVAILABLE is submitted again. Null for tasks given by a caller, which are only watched.
    /// </summary>
    public IReadOnlyList<TaskStep>? Steps { get; init; }
}
