using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>
/// The onboarding orchestrator's input: a validated plan, and whether to only report what would change. A plan bigger
/// than <see cref="Common.WorkflowOptions.InlinePayloadBytes"/> travels by reference (<see cref="InputBlob"/>), so the
/// orchestration never carries it.
/// </summary>
public sealed record OnboardingInput(OnboardingPlan Plan, bool DryRun) : IPayloadInput<OnboardingInput>
{
    /// <summary>Set by the trigger when the plan was too big to schedule inline; <see cref="Plan"/> then holds only the namespace.</summary>
    public string? InputBlob { get; init; }

    public OnboardingInput ByReference(string inputBlob) => this with { Plan = new OnboardingPlan { Namespace = Plan.Namespace }, InputBlob = inputBlob };
}
