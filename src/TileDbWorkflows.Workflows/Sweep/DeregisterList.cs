using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>The sweep's prune phase on the list engine: items are array names of one namespace.</summary>
public static class DeregisterList
{
    public static ListFeature Feature { get; } = new(
        "deregister",
        DeregisterArraysActivity.Phase,
        nameof(DeregisterArraysActivity),
        (header, items, dryRun) => new DeregisterBatch(header.Deserialize<DeregisterHeader>(WorkflowJson.Options)!.Namespace, items.Select(i => i.GetString()!).ToArray(), dryRun),
        header => "deregistering arrays in " + header.GetProperty("namespace").GetString());
}
