namespace TileDbWorkflows.Emulator.Admin;

/// <summary>Moves an array or group to a region (null region = the main address).</summary>
public sealed record AssetRegionRequest(string Kind, string Namespace, string Name, string? Region);
