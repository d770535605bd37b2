using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud.Invitations;

/// <summary>An invitation. <c>actions</c> and <c>group_actions</c> are comma-separated strings on the wire.</summary>
public sealed record Invitation
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>invitation_type</c>.</summary>
    [JsonPropertyName("invitation_type")]
    public InvitationType? InvitationType { get; init; }

    /// <summary>Wire field <c>owner_namespace_uuid</c>.</summary>
    [JsonPropertyName("owner_namespace_uuid")]
    public string? OwnerNamespaceUuid { get; init; }

    /// <summary>Wire field <c>inviter_uuid</c>.</summary>
    [JsonPropertyName("inviter_uuid")]
    public string? InviterUuid { get; init; }

    /// <summary>Wire field <c>user_namespace_uuid</c>.</summary>
    [JsonPropertyName("user_namespace_uuid")]
    public string? UserNamespaceUuid { get; init; }

    /// <summary>Wire field <c>organization_user_uuid</c>.</summary>
    [JsonPropertyName("organization_user_uuid")]
    public string? OrganizationUserUuid { get; init; }

    /// <summary>Wire field <c>organization_name</c>.</summary>
    [JsonPropertyName("organization_name")]
    public string? OrganizationName { get; init; }

    /// <summary>Wire field <c>organization_role</c>.</summary>
    [JsonPropertyName("organization_role")]
    public OrganizationRole? OrganizationRole { get; init; }

    /// <summary>Wire field <c>organization_uuid</c>.</summary>
    [JsonPropertyName("organization_uuid")]
    public string? OrganizationUuid { get; init; }

    /// <summary>Wire field <c>array_uuid</c>.</summary>
    [JsonPropertyName("array_uuid")]
    public string? ArrayUuid { get; init; }

    /// <summary>Wire field <c>group_uuid</c>.</summary>
    [JsonPropertyName("group_uuid")]
    public string? GroupUuid { get; init; }

    /// <summary>Wire field <c>array_name</c>.</summary>
    [JsonPropertyName("array_name")]
    public string? ArrayName { get; init; }

    /// <summary>Wire field <c>email</c>.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Wire field <c>actions</c>.</summary>
    [JsonPropertyName("actions")]
    public string? Actions { get; init; }

    /// <summary>Wire field <c>group_actions</c>.</summary>
    [JsonPropertyName("group_actions")]
    public string? GroupActions { get; init; }

    /// <summary>Wire field <c>status</c>.</summary>
    [JsonPropertyName("status")]
    public InvitationStatus? Status { get; init; }

    /// <summary>Wire field <c>created_at</c>.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Wire field <c>expires_at</c>.</summary>
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Wire field <c>accepted_at</c>.</summary>
    [JsonPropertyName("accepted_at")]
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>Wire field <c>namespace_invited</c>.</summary>
    [JsonPropertyName("namespace_invited")]
    public string? NamespaceInvited { get; init; }
}
