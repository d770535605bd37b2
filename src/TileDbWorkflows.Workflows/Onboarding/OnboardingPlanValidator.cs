using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Tasks;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>Checks a whole plan before anything runs and lists every problem by field, with each feature's own checks.</summary>
public static class OnboardingPlanValidator
{
    public static IReadOnlyList<FieldError> Validate(OnboardingPlan? plan)
    {
        var errors = new FieldErrors();
        if (plan is null)
        {
            errors.Add("$", "a plan is required");
            return errors.Errors;
        }
        errors.Namespace("namespace", plan.Namespace);
        ArraySpecValidator.Validate(errors, "arrays", plan.Arrays);
        GroupSpecValidator.Validate(errors, "groups", plan.Groups);
        FileImportSpecValidator.Validate(errors, "files", plan.Files);
        ShareSpecValidator.Validate(errors, "shares", plan.Shares);
        for (var i = 0; i < plan.Invitations.Count; i++)
        {
            InvitationSpecValidator.Validate(errors, $"invitations[{i}]", plan.Invitations[i]);
        }
        FollowUpTaskSpecValidator.Validate(errors, "tasks", plan.Tasks);
        return errors.Errors;
    }
}
