namespace TileDbWorkflows.Emulator.Invitations;

public sealed record OrganizationInviteRequestWire(string? OrganizationRole, List<string>? InviteeEmail, List<string>? Actions);
