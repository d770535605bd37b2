using Microsoft.DurableTask;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>One chunk of a list workflow (see <see cref="ListEngine"/>): its history is bounded by the chunk size.</summary>
[DurableTask(nameof(ListChunkOrchestrator))]
public sealed class ListChunkOrchestrator : TaskOrchestrator<ListChunk, ChunkOutcome>
{
    public override async Task<ChunkOutcome> RunAsync(TaskOrchestrationContext context, ListChunk input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var (outcome, _) = await ListEngine.RunChunkAsync(context, input.Settings, input.Job, input.Index, keepLines: false);
        return outcome;
    }
}
