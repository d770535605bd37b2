namespace TileDbWorkflows.Workflows.Storage;

/// <summary>Where a document lives, and whether this write put it there (false: it existed and overwriting was off).</summary>
public sealed record BlobDocumentWriteResult(bool Written, string Address);
