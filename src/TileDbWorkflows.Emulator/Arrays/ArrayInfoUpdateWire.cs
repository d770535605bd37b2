namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>Body of register and metadata update: every field optional, absent means unchanged.</summary>
public sealed record ArrayInfoUpdateWire
{
    public string? Description { get; init; }

    public string? Name { get; init; }

    public string? Uri { get; init; }

    public string? FileType { get; init; }

    public Dictionary<string, string>? FileProperties { get; init; }

    public string? AccessCredentialsName { get; init; }

    public string? Logo { get; init; }

    public List<string>? Tags { get; init; }

    public string? LicenseId { get; init; }

    public string? LicenseText { get; init; }

    public bool? ReadOnly { get; init; }
}
