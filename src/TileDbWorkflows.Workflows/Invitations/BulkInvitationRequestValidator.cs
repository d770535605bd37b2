using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>Field checks of a bulk invitation request.</summary>
public static class BulkInvitationRequestValidator
{
    /// <summary>Instance ids are built from the request id, so it must be safe in every durable backend's keys.</summary>
    public const int MaxRequestIdLength = 64;

    public static IReadOnlyList<FieldError> Validate(BulkInvitationRequest? request)
    {
        var errors = new FieldErrors();
        if (request is null)
        {
            errors.Add("$", "a request is required");
            return errors.Errors;
        }
        if (errors.Required("requestId", request.RequestId) && !Triggers.InstanceIds.IsSafeKey(request.RequestId))
        {
            errors.Add("requestId", $"must be 1-{MaxRequestIdLength} letters, digits, '-', '_', '.' or ':'");
        }
        InvitationSpecValidator.Validate(errors, "$", request, allowLargeLists: true);
        // A bulk request has no plan namespace to resolve a plain name in; AssetReference already refused a bad URI.
        if (request.Kind != InvitationKind.Organization && !string.IsNullOrWhiteSpace(request.Target)
            && !request.Target.StartsWith("tiledb://", StringComparison.Ordinal))
        {
            errors.Add("$.target", $"'{request.Target}' must be a tiledb://namespace/name URI");
        }
        return errors.Errors.Select(e => e with { Field = e.Field.StartsWith("$.", StringComparison.Ordinal) ? e.Field[2..] : e.Field }).ToArray();
    }
}
