namespace TileDbWorkflows.Emulator.Users;

public sealed record OrganizationUserWire(
    string UserId,
    string OrganizationId,
    string Username,
    string? UserFullName,
    string UserEmail,
    string OrganizationName,
    string Role,
    IReadOnlyList<string> AllowedActions);
