namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupChangesRequestWire(GroupChangesWire? GroupChanges);
