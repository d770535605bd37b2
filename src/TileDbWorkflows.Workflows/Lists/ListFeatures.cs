using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Files;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Onboarding;
using TileDbWorkflows.Workflows.Sharing;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>Every feature the list engine runs, by name (the name travels in <see cref="ListJob.Feature"/>).</summary>
public static class ListFeatures
{
    private static readonly Dictionary<string, ListFeature> ByName = new[]
        {
            InvitationList.Feature, ShareList.Feature, ArrayList.Feature, GroupList.Feature, FileImportList.Feature, FileExportList.Feature, DeregisterList.Feature,
        }
        .ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static ListFeature Get(string name) =>
        ByName.TryGetValue(name, out var feature) ? feature : throw new InvalidOperationException($"No list feature is named '{name}'.");
}
