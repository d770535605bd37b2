namespace TileDbWorkflows.Emulator.State;

/// <summary>
/// What arrays and groups have in common: a name in a namespace, a storage URI, the descriptive fields, who made it,
/// where it lives and whether it is public, so lookup, browsing, renaming and sharing are written once for both.
/// </summary>
internal abstract class AssetRecord
{
    public required string Id { get; init; }

    public required string Namespace { get; set; }

    public required string Name { get; set; }

    public required string Uri { get; set; }

    public string? Description { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? AccessCredentialsName { get; set; }

    public string? LicenseId { get; set; }

    public string? LicenseText { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset LastAccessed { get; set; }

    public string? Region { get; set; }

    public bool Public { get; set; }

    public Dictionary<string, string> Metadata { get; set; } = [];

    public string TileDbUri => $"tiledb://{Namespace}/{Name}";

    /// <summary>The descriptive fields a metadata update may change on any asset; a null leaves its field as it is.</summary>
    public void Describe(string? description, string? accessCredentialsName, List<string>? tags, string? licenseId, string? licenseText)
    {
        Description = description ?? Description;
        AccessCredentialsName = accessCredentialsName ?? AccessCredentialsName;
        Tags = tags ?? Tags;
        LicenseId = licenseId ?? LicenseId;
        LicenseText = licenseText ?? LicenseText;
    }
}
