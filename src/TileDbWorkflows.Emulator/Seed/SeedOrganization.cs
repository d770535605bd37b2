namespace TileDbWorkflows.Emulator.Seed;

public sealed class SeedOrganization
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Username to role (owner, admin, read_write_delete, read_write, read_only).</summary>
    public Dictionary<string, string> Members { get; set; } = [];
}
