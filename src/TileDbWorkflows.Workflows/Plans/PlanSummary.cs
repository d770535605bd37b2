namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// The small part of a plan that travels through histories and sits in the report of a plan or apply workflow
/// (<c>report.plan</c>); the changes themselves are the report's lines and the <see cref="Document"/>.
/// </summary>
public sealed record PlanSummary(
    string Id,
    string StateHash,
    int Creates,
    int Updates,
    int Deletes,
    int Destructive,
    int AccessGains,
    int AccessLosses,
    string Document)
{
    /// <summary>The namespace the plan is about.</summary>
    public string Namespace { get; init; } = string.Empty;

    public int Changes => Creates + Updates + Deletes;

    public int NonDestructive => Changes - Destructive;

    /// <summary>With an apply of a given plan: how many changes differ between that plan and the one made now (0 when not stale).</summary>
    public int? StaleBy { get; init; }

    /// <summary>The plan an apply was given, when it was given one.</summary>
    public string? GivenPlan { get; init; }

    /// <summary>Apply only: applied, not approved, rejected, nothing to change.</summary>
    public string? Outcome { get; init; }

    /// <summary>Apply only: what the outcome means for the changes, in a sentence.</summary>
    public string? Note { get; init; }

    /// <summary>The desired state as an onboarding input, for applying its non-destructive changes.</summary>
    public string? DesiredInput { get; init; }

    /// <summary>The plan's lines (changes, then the access diff) when few enough to travel inline.</summary>
    public IReadOnlyList<Reporting.ItemResult>? Lines { get; init; }
}
