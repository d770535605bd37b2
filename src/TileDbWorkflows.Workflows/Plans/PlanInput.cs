using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>The plan workflow's input: the desired state, by reference when it is bigger than an inline payload.</summary>
public sealed record PlanInput(OnboardingPlan State) : IPayloadInput<PlanInput>
{
    public string? InputBlob { get; init; }

    public PlanInput ByReference(string inputBlob) => this with { State = new OnboardingPlan { Namespace = State.Namespace }, InputBlob = inputBlob };
}
