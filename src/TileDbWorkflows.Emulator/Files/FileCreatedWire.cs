namespace TileDbWorkflows.Emulator.Files;

public sealed record FileCreatedWire(string OutputUri, string FileName);
