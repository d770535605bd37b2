namespace TileDbWorkflows.Emulator.State;

internal sealed class GroupRecord
{
    public required string Id { get; init; }

    public required string Namespace { get; set; }

    public required string Name { get; set; }

    public required string Uri { get; set; }

    public string? Description { get; set; }

    public List<string> Tags { get; set; } = [];

    public string GroupType { get; set; } = "generic";

    public string? AccessCredentialsName { get; set; }

    public string? Logo { get; set; }

    public string? LicenseId { get; set; }

    public string? LicenseText { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset LastAccessed { get; set; }

    public string? Region { get; set; }

    public bool Public { get; set; }

    public Dictionary<string, GroupShare> Shares { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<GroupMemberRecord> Members { get; } = [];

    public Dictionary<string, string> Metadata { get; set; } = [];

    public string TileDbUri => $"tiledb://{Namespace}/{Name}";
}
