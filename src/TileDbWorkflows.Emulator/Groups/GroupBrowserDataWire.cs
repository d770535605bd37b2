using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Groups;

/// <summary>Unlike arrays, an empty group listing is <c>"groups": []</c> on the live service.</summary>
public sealed record GroupBrowserDataWire(IReadOnlyList<GroupInfoWire> Groups, PaginationMetadataWire PaginationMetadata);
