using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>Field checks of the arrays to register, shared by the onboarding plan and the sweep's manifests.</summary>
public static class ArraySpecValidator
{
    /// <summary>Checks every array as <c>{at}[i]</c>; a name listed twice is refused, since one name registers once.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<ArraySpec> arrays)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(arrays);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < arrays.Count; i++)
        {
            var a = arrays[i];
            var field = $"{at}[{i}]";
            if (errors.Required($"{field}.name", a.Name) && !TileDbVocabulary.IsName(a.Name))
            {
                errors.Add($"{field}.name", $"'{a.Name}' is not a valid array name");
            }
            else if (!string.IsNullOrWhiteSpace(a.Name) && !names.Add(a.Name))
            {
                errors.Add($"{field}.name", $"'{a.Name}' appears more than once in the plan");
            }
            if (errors.Required($"{field}.storageUri", a.StorageUri) && !TileDbVocabulary.IsStorageUri(a.StorageUri))
            {
                errors.Add($"{field}.storageUri", $"'{a.StorageUri}' is not an object-storage URI such as s3://bucket/path");
            }
        }
    }
}
