namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>The <c>Invitation</c> model. <c>actions</c> and <c>group_actions</c> are comma-separated strings.</summary>
public sealed record InvitationWire
{
    public required string Id { get; init; }

    public required string InvitationType { get; init; }

    public string? OwnerNamespaceUuid { get; init; }

    public string? InviterUuid { get; init; }

    public string? UserNamespaceUuid { get; init; }

    public string? OrganizationName { get; init; }

    public string? OrganizationRole { get; init; }

    public string? OrganizationUuid { get; init; }

    public string? ArrayUuid { get; init; }

    public string? GroupUuid { get; init; }

    public string? ArrayName { get; init; }

    public string? Email { get; init; }

    public string? Actions { get; init; }

    public string? GroupActions { get; init; }

    public required string Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public string? NamespaceInvited { get; init; }
}
