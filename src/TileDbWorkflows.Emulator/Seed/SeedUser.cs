namespace TileDbWorkflows.Emulator.Seed;

public sealed class SeedUser
{
    public required string Username { get; set; }

    /// <summary>Defaults to the username, as for the well-known users.</summary>
    public string? Password { get; set; }

    /// <summary>Defaults to <c>{username}-token</c>.</summary>
    public string? Token { get; set; }

    /// <summary>Defaults to <c>{username}@example.com</c>.</summary>
    public string? Email { get; set; }

    public string? Name { get; set; }
}
