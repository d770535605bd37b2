namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupChangesWire(List<GroupMemberWire>? MembersToAdd, List<string>? MembersToRemove);
