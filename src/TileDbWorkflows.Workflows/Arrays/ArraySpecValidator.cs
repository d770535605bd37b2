using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>Field checks of the arrays to register, shared by the onboarding plan and the sweep's manifests.</summary>
public static class ArraySpecValidator
{
    /// <summary>Checks every array as <c>{at}[i]</c>; a name listed twice is refused, since one name registers once.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<ArraySpec> arrays)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        errors.Each(at, arrays, (field, a) =>
        {
            errors.AssetName($"{field}.name", a.Name, "array", names);
            errors.StorageUri($"{field}.storageUri", a.StorageUri, required: true, "s3://bucket/path");
        });
    }
}
