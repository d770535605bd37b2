using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>Field checks of the plan's groups.</summary>
public static class GroupSpecValidator
{
    /// <summary>Checks every group as <c>{at}[i]</c>; a name listed twice is refused, and a group cannot be its own parent.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<GroupSpec> groups)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        errors.Each(at, groups, (field, g) =>
        {
            errors.AssetName($"{field}.name", g.Name, "group", names);
            errors.StorageUri($"{field}.storageUri", g.StorageUri, required: false, "s3://bucket/path");
            if (g.Parent is not null && g.Parent == g.Name)
            {
                errors.Add($"{field}.parent", "a group cannot be its own parent");
            }
            errors.Each($"{field}.members", g.Members, errors.AssetReference);
        });
    }
}
