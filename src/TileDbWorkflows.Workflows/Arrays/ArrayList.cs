using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Arrays;

/// <summary>Array registration on the list engine (onboarding's arrays phase, the sweep's registrations and updates): items are <see cref="ArraySpec"/>s.</summary>
public static class ArrayList
{
    public const string Phase = "arrays";

    public static ListFeature Feature { get; } = new(
        "arrays",
        Phase,
        nameof(RegisterArraysActivity),
        (header, items, dryRun) =>
        {
            var h = header.Deserialize<ArrayHeader>(WorkflowJson.Options)!;
            return new ArrayBatch(h.Namespace, items.Select(i => i.Deserialize<ArraySpec>(WorkflowJson.Options)!).ToArray(), dryRun, Phase, h.KnownMissing);
        },
        header => header.GetProperty("step").GetString()!);
}
