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

    /// <summary>
    /// Storage objects that exist before anything is registered (<c>storage_objects</c>): the sources a file
    /// import may read. The service refuses an import whose source is missing, and so does the emulator.
    /// </summary>
    public List<string> StorageObjects { get; set; } = [];
}
