namespace TileDbWorkflows.Emulator.Admin;

/// <summary>Body of <c>POST /__emulator/storage</c>: objects that now exist in storage.</summary>
public sealed record StorageObjectsRequest(IReadOnlyList<string>? Uris);
