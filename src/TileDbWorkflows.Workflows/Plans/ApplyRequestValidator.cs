using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Triggers;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>Exactly one of <c>planId</c> and <c>state</c>; a state is checked as an onboarding plan is.</summary>
public static class ApplyRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(ApplyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.PlanId is null) == (request.State is null))
        {
            return [new FieldError("planId", "give either planId (a plan made by POST /api/plans) or state (a state file), not both or neither")];
        }
        if (request.PlanId is { } id && !InstanceIds.IsSafeKey(id))
        {
            return [new FieldError("planId", $"'{id}' is not a plan id")];
        }
        return request.State is { } state
            ? OnboardingPlanValidator.Validate(state).Select(e => e with { Field = "state." + e.Field }).ToArray()
            : [];
    }
}
