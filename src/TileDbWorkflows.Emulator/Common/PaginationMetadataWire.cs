namespace TileDbWorkflows.Emulator.Common;

public sealed record PaginationMetadataWire(long Page, long PerPage, long TotalPages, long TotalItems);
