namespace TileDbWorkflows.Emulator.Invitations;

public sealed record ArrayInviteRequestWire(List<string>? Actions, List<string>? InviteeEmail);
