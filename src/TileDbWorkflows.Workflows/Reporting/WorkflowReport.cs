namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>
/// The output of every workflow: counts per outcome, at most a few failed items, and where the full report lines are.
/// A small report carries its lines in <see cref="Items"/>; a chunked one keeps them in the payload store
/// (<see cref="ReportBlobs"/>), which <c>GET /api/workflows/{id}/report</c> pages through.
/// </summary>
/// <param name="Workflow">The orchestrator name.</param>
/// <param name="DryRun">True when nothing was changed and the outcomes say what would have happened.</param>
/// <param name="Items">Every line when the report is small; empty when the lines are in <see cref="ReportBlobs"/>.</param>
public sealed record WorkflowReport(string Workflow, bool DryRun, IReadOnlyList<ItemResult> Items)
{
    /// <summary>How many failed items a report built from its lines shows in <see cref="Failures"/>.</summary>
    public const int DefaultFailuresShown = 20;

    public ReportSummary Summary { get; init; } = ReportSummary.Of(Items);

    /// <summary>Failed items, at most a few (the full list is in the report).</summary>
    public IReadOnlyList<ItemResult> Failures { get; init; } = Items.Where(i => i.Outcome == ItemOutcome.Failed).Take(DefaultFailuresShown).ToArray();

    /// <summary>Payload store documents holding the report lines that are not in <see cref="Items"/>, in order.</summary>
    public IReadOnlyList<string> ReportBlobs { get; init; } = [];

    /// <summary>Plan and apply workflows only: the plan's id, state hash, counts and (apply) outcome.</summary>
    public Plans.PlanSummary? Plan { get; init; }

    /// <summary>One report of several parts (onboarding's phases): lines, counts, failures and blobs added up.</summary>
    public static WorkflowReport Combine(string workflow, bool dryRun, IReadOnlyList<ItemResult> items, IEnumerable<WorkflowReport> parts, int failuresShown)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(parts);
        var all = parts.ToArray();
        var lines = items.Concat(all.SelectMany(p => p.Items)).ToArray();
        var own = ReportSummary.Of(items);
        return new WorkflowReport(workflow, dryRun, lines)
        {
            Summary = all.Aggregate(own, (sum, p) => sum.Add(p.Summary)),
            Failures = items.Where(i => i.Outcome == ItemOutcome.Failed).Concat(all.SelectMany(p => p.Failures)).Take(failuresShown).ToArray(),
            ReportBlobs = all.SelectMany(p => p.ReportBlobs).ToArray(),
        };
    }
}
