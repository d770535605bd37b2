using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupInfoWire
{
    public required string Id { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Uri { get; init; }

    public required string TiledbUri { get; init; }

    public int AssetCount { get; init; }

    public int GroupCount { get; init; }

    public int Size { get; init; }

    public DateTimeOffset? LastAccessed { get; init; }

    public required IReadOnlyList<string> AllowedActions { get; init; }

    public required string GroupType { get; init; }

    public string? Logo { get; init; }

    public string? AccessCredentialsName { get; init; }

    public int ShareCount { get; init; }

    public bool PublicShare { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public string? LicenseId { get; init; }

    public string? LicenseText { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public IReadOnlyList<MetadataEntryWire>? Metadata { get; init; }
}
