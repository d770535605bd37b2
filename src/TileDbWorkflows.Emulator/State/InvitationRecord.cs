namespace TileDbWorkflows.Emulator.State;

internal sealed class InvitationRecord
{
    public required string Id { get; init; }

    /// <summary>ARRAY_SHARE, GROUP_SHARE or JOIN_ORGANIZATION.</summary>
    public required string Type { get; init; }

    public required string InviterUsername { get; init; }

    /// <summary>The invited user when the recipient named (or whose email matched) an existing user.</summary>
    public string? RecipientUsername { get; init; }

    public string? Email { get; init; }

    public string? ArrayId { get; init; }

    public string? GroupId { get; init; }

    public string? OrganizationName { get; init; }

    public string? OrganizationRole { get; init; }

    /// <summary>Namespace that owns the asset or the organization invited to.</summary>
    public required string OwnerNamespace { get; init; }

    public string? AssetName { get; init; }

    public List<string> Actions { get; init; } = [];

    public List<string> GroupActions { get; init; } = [];

    public string Status { get; set; } = "PENDING";

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; set; }
}
