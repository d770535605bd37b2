namespace TileDbWorkflows.Emulator.Users;

public sealed record TokenWire(string Token, string Name, DateTimeOffset IssuedAt, DateTimeOffset? ExpiresAt, IReadOnlyList<string> Scope);
