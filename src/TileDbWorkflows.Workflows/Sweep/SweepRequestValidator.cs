using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Field checks of an on-demand sweep request.</summary>
public static class SweepRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(SweepRequest request)
    {
        var errors = new FieldErrors();
        if (request.Manifest is not null && (request.Manifest.Length == 0 || request.Manifest.Length > 1024 || request.Manifest.StartsWith('/')))
        {
            errors.Add("manifest", "must be a blob name in the manifest container, without a leading '/'");
        }
        return errors.Errors;
    }
}
