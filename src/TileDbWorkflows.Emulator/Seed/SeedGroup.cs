namespace TileDbWorkflows.Emulator.Seed;

public sealed class SeedGroup
{
    public required string Namespace { get; set; }

    public required string Name { get; set; }

    public string? Uri { get; set; }

    public string? Description { get; set; }

    public string? GroupType { get; set; }

    public List<string> Tags { get; set; } = [];

    public bool Public { get; set; }

    public string? Region { get; set; }

    /// <summary>Member URIs (<c>tiledb://ns/name</c>) of arrays or groups declared earlier in the seed.</summary>
    public List<string> Members { get; set; } = [];
}
