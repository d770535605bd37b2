using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>Wire body of an organization invitation.</summary>
internal sealed record OrganizationInvitationBody
{
    /// <summary>Wire field <c>organization_role</c>.</summary>
    [JsonPropertyName("organization_role")]
    public OrganizationRole? OrganizationRole { get; init; }

    /// <summary>Wire field <c>invitee_email</c>.</summary>
    [JsonPropertyName("invitee_email")]
    public IReadOnlyList<string>? InviteeEmail { get; init; }

    /// <summary>Wire field <c>actions</c>.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<NamespaceAction>? Actions { get; init; }
}
