using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Payloads;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// <c>POST /api/apply</c> and the apply workflow's input: a plan made earlier (<see cref="PlanId"/>, refused when stale)
/// or a desired state to plan and apply at once (<see cref="State"/>).
/// </summary>
public sealed record ApplyRequest : IPayloadInput<ApplyRequest>
{
    /// <summary>The id of a plan workflow (<c>POST /api/plans</c>) whose plan to apply.</summary>
    public string? PlanId { get; init; }

    public OnboardingPlan? State { get; init; }

    /// <summary>Approve the destructive changes up front, when there are at most <c>Workflows:AutoApproveMaxDestructive</c>.</summary>
    public bool AutoApprove { get; init; }

    public string? InputBlob { get; init; }

    public ApplyRequest ByReference(string inputBlob) => this with { State = null, InputBlob = inputBlob };
}
