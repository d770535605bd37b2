namespace TileDbWorkflows.Emulator.State;

internal sealed class OrganizationRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Username to organization role (lower-case wire value).</summary>
    public Dictionary<string, string> Members { get; } = new(StringComparer.OrdinalIgnoreCase);
}
