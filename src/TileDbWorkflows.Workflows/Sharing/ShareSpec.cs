namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>Grants every listed user (or organization) the same actions on every listed asset.</summary>
public sealed record ShareSpec
{
    /// <summary>Array names in the plan's namespace, or <c>tiledb://</c> URIs.</summary>
    public IReadOnlyList<string> Assets { get; init; } = [];

    /// <summary>Usernames or organization names to share with.</summary>
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary>Array actions such as <c>read</c> and <c>write</c>.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];
}
