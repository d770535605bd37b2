namespace TileDbWorkflows.Workflows.Plans;

/// <summary>One array, file or group of the namespace as the planner read it.</summary>
/// <param name="Kind">"array", "file" or "group".</param>
/// <param name="Shares">User or organization → actions (lower case, sorted); a group's array and group actions together.</param>
/// <param name="Members">A group's members as <c>tiledb://</c> URIs (sorted); empty for arrays and files.</param>
public sealed record LiveAsset(
    string Uri,
    string Kind,
    string? StorageUri,
    string? Description,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Shares,
    IReadOnlyList<string> Members)
{
    public const string Array = "array";
    public const string File = "file";
    public const string Group = "group";
}
