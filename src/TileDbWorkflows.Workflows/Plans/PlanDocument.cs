using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// A whole plan as the payload store keeps it (<c>{planId}/plan.json</c>): the desired state it was made from, the
/// hash of the live state it saw, every change and the access diff. Apply reads it by the plan's id.
/// </summary>
public sealed record PlanDocument(
    string Id,
    string Namespace,
    string StateHash,
    OnboardingPlan Desired,
    IReadOnlyList<PlanChange> Changes,
    IReadOnlyList<AccessChange> Access)
{
    public static string NameFor(string planId) => $"{planId}/plan.json";

    /// <summary>The desired state as an onboarding input, which applying a plan runs for its non-destructive changes.</summary>
    public static string DesiredNameFor(string planId) => $"{planId}/desired.json";

    public static string LinesNameFor(string planId) => $"{planId}/report/plan-00000.json";
}
