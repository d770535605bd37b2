using TileDbWorkflows.Workflows.Validation;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>Field checks of the plan's groups.</summary>
public static class GroupSpecValidator
{
    /// <summary>Checks every group as <c>{at}[i]</c>; a name listed twice is refused, and a group cannot be its own parent.</summary>
    public static void Validate(FieldErrors errors, string at, IReadOnlyList<GroupSpec> groups)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(groups);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var field = $"{at}[{i}]";
            if (errors.Required($"{field}.name", g.Name) && !TileDbVocabulary.IsName(g.Name))
            {
                errors.Add($"{field}.name", $"'{g.Name}' is not a valid group name");
            }
            else if (!string.IsNullOrWhiteSpace(g.Name) && !names.Add(g.Name))
            {
                errors.Add($"{field}.name", $"'{g.Name}' appears more than once in the plan");
            }
            if (g.StorageUri is not null && !TileDbVocabulary.IsStorageUri(g.StorageUri))
            {
                errors.Add($"{field}.storageUri", $"'{g.StorageUri}' is not an object-storage URI such as s3://bucket/path");
            }
            if (g.Parent is not null && g.Parent == g.Name)
            {
                errors.Add($"{field}.parent", "a group cannot be its own parent");
            }
            for (var m = 0; m < g.Members.Count; m++)
            {
                errors.AssetReference($"{field}.members[{m}]", g.Members[m]);
            }
        }
    }
}
