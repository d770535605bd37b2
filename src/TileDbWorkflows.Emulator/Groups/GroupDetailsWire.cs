namespace TileDbWorkflows.Emulator.Groups;

/// <summary>v2 <c>group_details</c> for create and register; also the v1 create/register body.</summary>
public sealed record GroupDetailsWire
{
    public string? Name { get; init; }

    public string? Uri { get; init; }

    public string? Description { get; init; }

    public string? Logo { get; init; }

    public List<string>? Tags { get; init; }

    public string? LicenseId { get; init; }

    public string? LicenseText { get; init; }

    public string? AccessCredentialsName { get; init; }

    /// <summary>tiledb:// URI of a parent group to add the new group to.</summary>
    public string? Parent { get; init; }

    public string? Region { get; init; }

    public string? GroupType { get; init; }
}
