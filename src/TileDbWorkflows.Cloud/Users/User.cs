using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>A TileDB Cloud user profile (<c>GET /v1/user</c>).</summary>
public sealed record User
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>username</c>.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>email</c>.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Wire field <c>is_valid_email</c>.</summary>
    [JsonPropertyName("is_valid_email")]
    public bool? IsValidEmail { get; init; }

    /// <summary>Wire field <c>stripe_connect</c>.</summary>
    [JsonPropertyName("stripe_connect")]
    public bool? StripeConnect { get; init; }

    /// <summary>Wire field <c>company</c>.</summary>
    [JsonPropertyName("company")]
    public string? Company { get; init; }

    /// <summary>Wire field <c>logo</c>.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Wire field <c>timezone</c>.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Wire field <c>organizations</c>.</summary>
    [JsonPropertyName("organizations")]
    public IReadOnlyList<OrganizationUser> Organizations { get => field ?? []; init; }

    /// <summary>Wire field <c>allowed_actions</c>.</summary>
    [JsonPropertyName("allowed_actions")]
    public IReadOnlyList<NamespaceAction> AllowedActions { get => field ?? []; init; }

    /// <summary>Wire field <c>enabled_features</c>.</summary>
    [JsonPropertyName("enabled_features")]
    public IReadOnlyList<string> EnabledFeatures { get => field ?? []; init; }

    /// <summary>Wire field <c>unpaid_subscription</c>.</summary>
    [JsonPropertyName("unpaid_subscription")]
    public bool? UnpaidSubscription { get; init; }

    /// <summary>Wire field <c>default_s3_path</c>.</summary>
    [JsonPropertyName("default_s3_path")]
    public string? DefaultS3Path { get; init; }

    /// <summary>Wire field <c>default_s3_path_credentials_name</c>.</summary>
    [JsonPropertyName("default_s3_path_credentials_name")]
    public JsonElement? DefaultS3PathCredentialsName { get; init; }

    /// <summary>Wire field <c>asset_locations</c>.</summary>
    [JsonPropertyName("asset_locations")]
    public AssetLocations? AssetLocations { get; init; }

    /// <summary>Wire field <c>default_namespace_charged</c>.</summary>
    [JsonPropertyName("default_namespace_charged")]
    public string? DefaultNamespaceCharged { get; init; }

    /// <summary>Wire field <c>default_region</c>.</summary>
    [JsonPropertyName("default_region")]
    public string? DefaultRegion { get; init; }
}
