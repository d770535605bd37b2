using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>The <c>ArrayInfo</c> model (wire names by the snake_case policy).</summary>
public sealed record ArrayInfoWire
{
    public required string Id { get; init; }

    public string? FileType { get; init; }

    public Dictionary<string, string>? FileProperties { get; init; }

    public required string Uri { get; init; }

    public required string Namespace { get; init; }

    public double? Size { get; init; }

    public DateTimeOffset? LastAccessed { get; init; }

    public string? Description { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> AllowedActions { get; init; }

    public string? AccessCredentialsName { get; init; }

    public string? Type { get; init; }

    public int ShareCount { get; init; }

    public bool PublicShare { get; init; }

    public bool NamespaceSubscribed { get; init; }

    public required string TiledbUri { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public string? LicenseId { get; init; }

    public string? LicenseText { get; init; }

    public bool? ReadOnly { get; init; }

    public bool IsFavorite { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    /// <summary>Only with <c>with_metadata=True</c>.</summary>
    public IReadOnlyList<MetadataEntryWire>? Metadata { get; init; }
}
