using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Users;

/// <summary>A TileDB Cloud organization.</summary>
public sealed record Organization
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>role</c>.</summary>
    [JsonPropertyName("role")]
    public OrganizationRole? Role { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>created_at</c>.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Wire field <c>updated_at</c>.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Wire field <c>logo</c>.</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; init; }

    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>users</c>.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyList<OrganizationUser> Users { get => field ?? []; init; }

    /// <summary>Wire field <c>allowed_actions</c>.</summary>
    [JsonPropertyName("allowed_actions")]
    public IReadOnlyList<NamespaceAction> AllowedActions { get => field ?? []; init; }

    /// <summary>Wire field <c>num_of_arrays</c>.</summary>
    [JsonPropertyName("num_of_arrays")]
    public int? NumOfArrays { get; init; }

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
    public string? DefaultS3PathCredentialsName { get; init; }

    /// <summary>Wire field <c>asset_locations</c>.</summary>
    [JsonPropertyName("asset_locations")]
    public AssetLocations? AssetLocations { get; init; }

    /// <summary>Wire field <c>stripe_connect</c>.</summary>
    [JsonPropertyName("stripe_connect")]
    public bool? StripeConnect { get; init; }

    /// <summary>Wire field <c>assume_role_arn</c>.</summary>
    [JsonPropertyName("assume_role_arn")]
    public string? AssumeRoleArn { get; init; }
}
