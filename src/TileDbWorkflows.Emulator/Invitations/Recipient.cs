namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>A recipient that resolved: an existing user, or an email address nobody has claimed yet.</summary>
internal sealed record Recipient(string Raw, string? Username, string? Email);
