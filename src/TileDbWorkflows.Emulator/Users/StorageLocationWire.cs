namespace TileDbWorkflows.Emulator.Users;

public sealed record StorageLocationWire(string? Path, string? CredentialsName);
