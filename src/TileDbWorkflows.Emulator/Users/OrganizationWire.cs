namespace TileDbWorkflows.Emulator.Users;

public sealed record OrganizationWire(
    string Id,
    string? Role,
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Description,
    IReadOnlyList<OrganizationUserWire> Users,
    IReadOnlyList<string> AllowedActions,
    int NumOfArrays,
    IReadOnlyList<string> EnabledFeatures,
    bool UnpaidSubscription,
    string DefaultS3Path,
    AssetLocationsWire AssetLocations,
    bool StripeConnect);
