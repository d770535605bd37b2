using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Field checks of a sharing request, with the same share rules as the onboarding plan.</summary>
public static class SharingRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(SharingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        errors.Namespace("namespace", request.Namespace);
        // A revoke takes every action away at once (TileDB cannot revoke some), so it needs none listed.
        ShareSpecValidator.Validate(errors, "shares", request.Shares, requireActions: !request.Revoke);
        if (request.Shares.Count == 0)
        {
            errors.Add("shares", "must list at least one entry");
        }
        return errors.Errors;
    }
}
