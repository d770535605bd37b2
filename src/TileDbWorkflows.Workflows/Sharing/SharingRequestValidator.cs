using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Field checks of a sharing request, reusing the onboarding plan's share rules.</summary>
public static class SharingRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(SharingRequest request)
    {
        var errors = OnboardingPlanValidator.Validate(new OnboardingPlan { Namespace = request.Namespace, Shares = request.Shares }).ToList();
        if (request.Shares.Count == 0)
        {
            errors.Add(new FieldError("shares", "must list at least one entry"));
        }
        if (request.Revoke)
        {
            // Revoking sends an empty action list; actions given anyway would suggest a partial revoke that TileDB cannot do.
            errors.RemoveAll(e => e.Field.EndsWith(".actions", StringComparison.Ordinal));
        }
        return errors;
    }
}
