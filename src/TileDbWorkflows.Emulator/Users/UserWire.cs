namespace TileDbWorkflows.Emulator.Users;

/// <summary>The <c>User</c> model; never carries the password back.</summary>
public sealed record UserWire(
    string Id,
    string Username,
    string? Name,
    string Email,
    bool IsValidEmail,
    bool StripeConnect,
    string Timezone,
    IReadOnlyList<OrganizationUserWire> Organizations,
    IReadOnlyList<string> AllowedActions,
    IReadOnlyList<string> EnabledFeatures,
    bool UnpaidSubscription,
    string DefaultS3Path,
    AssetLocationsWire AssetLocations,
    string DefaultNamespaceCharged,
    string DefaultRegion);
