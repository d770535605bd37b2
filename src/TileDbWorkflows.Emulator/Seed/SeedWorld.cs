namespace TileDbWorkflows.Emulator.Seed;

/// <summary>
/// A seed file (JSON, snake_case). Loaded on top of the default world unless <see cref="ReplaceDefault"/>
/// is set, so a test can add what it needs without re-declaring the well-known users.
/// </summary>
public sealed class SeedWorld
{
    public bool ReplaceDefault { get; set; }

    public List<SeedUser> Users { get; set; } = [];

    public List<SeedOrganization> Organizations { get; set; } = [];

    public List<SeedArray> Arrays { get; set; } = [];

    public List<SeedGroup> Groups { get; set; } = [];
}
