namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>The output of every workflow: per item what was created, updated, deleted, skipped or failed, and why.</summary>
/// <param name="Workflow">The orchestrator name.</param>
/// <param name="DryRun">True when nothing was changed and the outcomes say what would have happened.</param>
/// <param name="Items">One line per item.</param>
public sealed record WorkflowReport(string Workflow, bool DryRun, IReadOnlyList<ItemResult> Items)
{
    public ReportSummary Summary => ReportSummary.Of(Items);
}
