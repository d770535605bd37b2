namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>What a workflow did (or, in a dry run, would do) to one item.</summary>
public enum ItemOutcome
{
    Created,
    Updated,
    Deleted,
    Skipped,
    Failed,
}
