namespace TileDbWorkflows.Emulator.Seed;

public sealed class SeedArray
{
    public required string Namespace { get; set; }

    public required string Name { get; set; }

    /// <summary>Storage URI; defaults to <c>s3://emulator/{namespace}/{name}</c>.</summary>
    public string? Uri { get; set; }

    public string? Description { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>dense or sparse.</summary>
    public string? Type { get; set; }

    public string? FileType { get; set; }

    public bool Public { get; set; }

    public string? Region { get; set; }

    public long Size { get; set; }

    /// <summary>Namespace to actions.</summary>
    public Dictionary<string, List<string>> Shares { get; set; } = [];

    public Dictionary<string, string> Metadata { get; set; } = [];
}
