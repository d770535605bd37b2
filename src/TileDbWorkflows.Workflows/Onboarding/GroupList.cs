using System.Text.Json;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Serialization;

namespace TileDbWorkflows.Workflows.Onboarding;

/// <summary>One pass of onboarding's groups phase on the list engine: items are <see cref="GroupOp"/>s, the header the namespace.</summary>
public static class GroupList
{
    public static ListFeature Feature { get; } = new(
        "groups",
        EnsureGroupsActivity.Phase,
        nameof(EnsureGroupsActivity),
        (header, items, dryRun) => new GroupBatch(
            header.GetProperty("namespace").GetString()!, [], dryRun, items.Select(i => i.Deserialize<GroupOp>(WorkflowJson.Options)!).ToArray()),
        _ => "registering groups");
}
