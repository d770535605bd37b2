using System.Text.Json;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>
/// One list run, the same in every generation of the parent and in each chunk: which feature, its parameters, and
/// where its items are. Small: the items are inline only when they fit one chunk, otherwise in the payload store.
/// </summary>
/// <param name="Feature">A <see cref="ListFeature.Name"/>.</param>
/// <param name="Header">The feature's parameters without the list (target, actions, namespace, ...).</param>
/// <param name="DryRun">Observe only.</param>
/// <param name="Count">Items in the list.</param>
/// <param name="ChunkSize">Items per chunk.</param>
/// <param name="BatchSize">Items per activity call.</param>
/// <param name="Items">The items, when they fit one chunk; null when they are in <see cref="ItemsBlob"/>.</param>
/// <param name="ItemsBlob">The payload store document with every item (a JSON array).</param>
/// <param name="ReportOwner">The instance id report blobs are named under.</param>
public sealed record ListJob(
    string Feature,
    JsonElement Header,
    bool DryRun,
    int Count,
    int ChunkSize,
    int BatchSize,
    IReadOnlyList<JsonElement>? Items,
    string? ItemsBlob,
    string ReportOwner)
{
    public int Chunks => Count == 0 ? 0 : (Count + ChunkSize - 1) / ChunkSize;
}
