using TileDbWorkflows.Emulator.Arrays;

namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupEntryWire(string MemberId, GroupInfoWire? Group, ArrayInfoWire? Array);
