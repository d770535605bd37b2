namespace TileDbWorkflows.Emulator.Groups;

/// <summary>v2 member: <c>type</c> is upper case (GROUP, ARRAY), unlike v1's lower case.</summary>
public sealed record GroupMemberWire(string? Name, string? Uri, string? Type);
