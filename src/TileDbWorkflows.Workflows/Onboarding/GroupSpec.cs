namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>A group to register (when <see cref="StorageUri"/> points at an existing group) or create.</summary>
public sealed record GroupSpec
{
    public string Name { get; init; } = string.Empty;

    /// <summary>An existing group's storage location to register; null creates a new group.</summary>
    public string? StorageUri { get; init; }

    public string? Description { get; init; }

    public string? CredentialsName { get; init; }

    /// <summary>The parent group's name in the plan's namespace, or a full <c>tiledb://</c> URI.</summary>
    public string? Parent { get; init; }

    /// <summary>Arrays or groups (names in the plan's namespace, or <c>tiledb://</c> URIs) to add as members.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];
}
