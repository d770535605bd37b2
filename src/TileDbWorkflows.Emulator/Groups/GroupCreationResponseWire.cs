namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupCreationResponseWire(string Id, string Name, string TiledbUri);
