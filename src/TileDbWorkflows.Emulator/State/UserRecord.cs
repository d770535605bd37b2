namespace TileDbWorkflows.Emulator.State;

internal sealed class UserRecord
{
    public required string Id { get; init; }

    public required string Username { get; init; }

    public required string Password { get; set; }

    public required string Email { get; set; }

    public string? Name { get; set; }
}
