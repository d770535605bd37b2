namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>What a workflow did (or, in a dry run, would do) to one item.</summary>
public enum ItemOutcome
{
    Created,
    Updated,
    Deleted,
    Skipped,
    Failed,

    /// <summary>
    /// A transient failure of this item only (5xx, 429, timeouts, dropped connections): a batch activity's answer, which
    /// the list engine retries for this item alone. Never in a final report: exhausted retries become <see cref="Failed"/>.
    /// </summary>
    Retry,
}
