using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Checks a manifest read from Blob Storage with the same array rules as the onboarding plan.</summary>
public static class RegistrationManifestValidator
{
    public static IReadOnlyList<FieldError> Validate(RegistrationManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var errors = new FieldErrors();
        errors.Namespace("namespace", manifest.Namespace);
        ArraySpecValidator.Validate(errors, "arrays", manifest.Arrays);
        return errors.Errors;
    }
}
