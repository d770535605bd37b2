using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>The input of <see cref="ListChunkOrchestrator"/>: the run, which chunk, and the parent's settings snapshot (no activity per chunk to load them again).</summary>
public sealed record ListChunk(ListJob Job, int Index, WorkflowOptions Settings);
