namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupUpdateWire(
    string? Description,
    string? Name,
    string? Logo,
    string? AccessCredentialsName,
    List<string>? Tags,
    string? LicenseId,
    string? LicenseText);
