using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Arrays;

/// <summary>The v2 activity envelope (v1 answers a bare array).</summary>
public sealed record ArrayActivityLogDataWire(IReadOnlyList<ArrayActivityLogWire> Activitylogs, PaginationMetadataWire PaginationMetadata);
