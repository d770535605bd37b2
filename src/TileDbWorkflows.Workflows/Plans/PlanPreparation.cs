using TileDbWorkflows.Workflows.Onboarding;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// What <see cref="MakePlanActivity"/> plans: a desired state given inline, in the payload store (<see cref="InputBlob"/>),
/// or that of an earlier plan (<see cref="FromPlan"/>, whose changes the new plan is then compared with).
/// </summary>
public sealed record PlanPreparation(string PlanId, OnboardingPlan? State, string? InputBlob, string? FromPlan, int InlineLines)
{
    /// <summary>An onboarding dry run's input in the payload store (an <see cref="OnboardingInput"/>, not a <see cref="PlanInput"/>).</summary>
    public string? OnboardingInputBlob { get; init; }
}
