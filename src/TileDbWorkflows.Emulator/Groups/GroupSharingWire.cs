namespace TileDbWorkflows.Emulator.Groups;

/// <summary><c>GroupSharing</c> (answer) and <c>GroupSharingRequest</c> (body, without namespace_type).</summary>
public sealed record GroupSharingWire(List<string>? GroupActions, List<string>? ArrayActions, string? Namespace, string? NamespaceType);
