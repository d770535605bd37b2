using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Groups;

public sealed record GroupContentsWire(IReadOnlyList<GroupEntryWire> Entries, PaginationMetadataWire PaginationMetadata);
