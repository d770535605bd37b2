using TileDbWorkflows.Emulator.Common;

namespace TileDbWorkflows.Emulator.Tasks;

public sealed record ArrayTaskDataWire(IReadOnlyList<ArrayTaskWire> ArrayTasks, PaginationMetadataWire PaginationMetadata);
