using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Field checks of an on-demand sweep request.</summary>
public static class SweepRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(SweepRequest request)
    {
        var errors = new FieldErrors();
        // A name only: a path such as ../../secret.json must not reach outside the manifest container on any store.
        if (request.Manifest is { } name
            && (name.Length == 0 || name.Length > 1024 || name.Trim() is "." or ".."
                || name.Any(c => c is '/' or '\\' || char.IsControl(c))))
        {
            errors.Add("manifest", $"'{name}' must be a manifest name in the manifest container (such as nightly.json), without '/', '\\' or '..'");
        }
        return errors.Errors;
    }
}
