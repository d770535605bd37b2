namespace TileDbWorkflows.Emulator.State;

internal sealed class TokenRecord
{
    public required string Token { get; init; }

    public required string Username { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Null for seeded API tokens, which never expire, so test credentials stay valid.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
