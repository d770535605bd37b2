namespace TileDbWorkflows.Emulator.Common;

public sealed record MetadataEntryWire(string Key, string Value, string Type);
