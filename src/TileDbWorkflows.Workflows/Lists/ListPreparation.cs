namespace TileDbWorkflows.Workflows.Lists;

/// <summary>A start input in the payload store, to turn into a <see cref="ListJob"/> outside the orchestrator's history.</summary>
/// <param name="InputBlob">The document the trigger wrote.</param>
/// <param name="Owner">The instance id its items and report are named under.</param>
public sealed record ListPreparation(string InputBlob, string Owner, int ChunkSize, int BatchSize);
