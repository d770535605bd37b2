namespace TileDbWorkflows.Emulator.Files;

public sealed record FileCreateWire(string? InputUri, string? OutputUri, string? Name);
