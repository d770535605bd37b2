using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>Checks a manifest read from Blob Storage, reusing the onboarding plan's array rules.</summary>
public static class RegistrationManifestValidator
{
    public static IReadOnlyList<FieldError> Validate(RegistrationManifest manifest) =>
        OnboardingPlanValidator.Validate(new OnboardingPlan { Namespace = manifest.Namespace, Arrays = manifest.Arrays });
}
