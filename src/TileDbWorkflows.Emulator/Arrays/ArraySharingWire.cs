namespace TileDbWorkflows.Emulator.Arrays;

/// <summary><c>ArraySharing</c>: the share request body and an entry of the shared-with answer.</summary>
public sealed record ArraySharingWire(List<string>? Actions, string? Namespace, string? NamespaceType);
