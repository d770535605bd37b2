namespace TileDbWorkflows.Emulator.Invitations;

public sealed record GroupInviteRequestWire(List<string>? ArrayActions, List<string>? GroupActions, List<string>? InviteeEmailOrName);
