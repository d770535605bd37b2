using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>A user's membership in an organization.</summary>
public sealed record OrganizationUser
{
    /// <summary>Wire field <c>user_id</c>.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>Wire field <c>organization_id</c>.</summary>
    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; init; }

    /// <summary>Wire field <c>username</c>.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>Wire field <c>user_full_name</c>.</summary>
    [JsonPropertyName("user_full_name")]
    public string? UserFullName { get; init; }

    /// <summary>Wire field <c>user_email</c>.</summary>
    [JsonPropertyName("user_email")]
    public string? UserEmail { get; init; }

    /// <summary>Wire field <c>organization_name</c>.</summary>
    [JsonPropertyName("organization_name")]
    public string? OrganizationName { get; init; }

    /// <summary>Wire field <c>role</c>.</summary>
    [JsonPropertyName("role")]
    public OrganizationRole? Role { get; init; }

    /// <summary>Wire field <c>allowed_actions</c>.</summary>
    [JsonPropertyName("allowed_actions")]
    public IReadOnlyList<NamespaceAction> AllowedActions { get => field ?? []; init; }
}
