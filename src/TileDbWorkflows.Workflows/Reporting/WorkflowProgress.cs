namespace TileDbWorkflows.Workflows.Reporting;

/// <summary>
/// The custom status every orchestrator publishes while it runs, so the status API and <c>tdbw workflows watch</c>
/// can draw progress per phase without reading history.
/// </summary>
/// <param name="Phase">The phase running now.</param>
/// <param name="Phases">Every phase with its counts, in the order the workflow runs them.</param>
public sealed record WorkflowProgress(string Phase, IReadOnlyList<PhaseProgress> Phases)
{
    /// <summary>Set while an apply waits for the approval of its destructive changes.</summary>
    public Plans.ApprovalWait? Approval { get; init; }

    public static WorkflowProgress Start(params (string Name, int Total)[] phases) =>
        new(phases.Length > 0 ? phases[0].Name : string.Empty, phases.Select(p => new PhaseProgress(p.Name, 0, p.Total, 0)).ToArray());

    /// <summary>Marks <paramref name="phase"/> as running and adds the results of items just finished in it.</summary>
    public WorkflowProgress Advance(string phase, IEnumerable<ItemResult> finished)
    {
        var list = finished as IReadOnlyCollection<ItemResult> ?? finished.ToArray();
        var failed = list.Count(r => r.Outcome == ItemOutcome.Failed);
        return this with
        {
            Phase = phase,
            Phases = Phases.Select(p => p.Name == phase ? p with { Done = p.Done + list.Count, Failed = p.Failed + failed } : p).ToArray(),
        };
    }

    /// <summary>Marks <paramref name="phase"/> as running and adds a finished part's counts (a chunked sub-workflow's report).</summary>
    public WorkflowProgress Advance(string phase, ReportSummary finished)
    {
        ArgumentNullException.ThrowIfNull(finished);
        return this with
        {
            Phase = phase,
            Phases = Phases.Select(p => p.Name == phase ? p with { Done = p.Done + finished.Total, Failed = p.Failed + finished.Failed } : p).ToArray(),
        };
    }

    /// <summary>Marks <paramref name="phase"/> as running without new results.</summary>
    public WorkflowProgress Enter(string phase) => this with { Phase = phase };
}
