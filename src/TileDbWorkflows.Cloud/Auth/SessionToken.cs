using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Auth;

/// <summary>A session or API token returned by <c>/v1/session</c>. Its <c>ToString</c> hides the secret.</summary>
public sealed record SessionToken
{
    /// <summary>Wire field <c>token</c>.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>issued_at</c>.</summary>
    [JsonPropertyName("issued_at")]
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>Wire field <c>expires_at</c>.</summary>
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Wire field <c>scope</c>.</summary>
    [JsonPropertyName("scope")]
    public IReadOnlyList<string> Scope { get => field ?? []; init; }

    /// <summary>Describes the token without revealing it.</summary>
    public override string ToString() => $"SessionToken {{ Name = {Name}, IssuedAt = {IssuedAt:O}, ExpiresAt = {ExpiresAt:O}, Token = *** }}";
}
