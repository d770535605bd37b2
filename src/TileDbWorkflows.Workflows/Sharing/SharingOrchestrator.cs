using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>
/// Shares (or revokes) every listed asset with every listed user: the request is flattened to (asset, user) pairs and
/// run on the list engine (Workflows/Lists: chunks of <see cref="WorkflowOptions.ChunkSize"/>, batches of
/// <see cref="WorkflowOptions.BatchSize"/>, observe then act, per-pair retries), one report line per pair. Onboarding
/// runs it as a sub-orchestration.
/// </summary>
[DurableTask(nameof(SharingOrchestrator))]
public sealed class SharingOrchestrator : TaskOrchestrator<SharingRequest, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, SharingRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var cursor = input.Continuation ?? ListCursor.Start(input.InputBlob is { } blob
            ? await Durable.CallAsync<ListJob>(context, settings, nameof(PrepareShareListActivity),
                new ListPreparation(blob, context.InstanceId, settings.ChunkSize, settings.BatchSize), "reading the request")
            : await ListEngine.PrepareAsync(context, settings, ShareList.Feature, new ShareHeader(input.Namespace, input.Revoke), Flatten(input),
                input.DryRun, settings.ChunkSize, settings.BatchSize));
        var report = await ListEngine.RunAsync(context, settings, nameof(SharingOrchestrator), cursor,
            next => input with { Shares = [], InputBlob = null, Continuation = next });
        // Null only after ContinueAsNew, whose output nobody reads.
        return report!;
    }

    /// <summary>One pair per asset and user; a pair listed twice is merged so it is sent once with the union of actions.</summary>
    public static IReadOnlyList<ShareItem> Flatten(SharingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var merged = new Dictionary<(string Asset, string User), SortedSet<string>>();
        var order = new List<(string Asset, string User)>();
        foreach (var share in request.Shares)
        {
            foreach (var asset in share.Assets)
            {
                foreach (var user in share.Users)
                {
                    var key = (asset, user);
                    if (!merged.TryGetValue(key, out var actions))
                    {
                        merged[key] = actions = new SortedSet<string>(StringComparer.Ordinal);
                        order.Add(key);
                    }
                    actions.UnionWith(share.Actions.Select(a => a.ToLowerInvariant()));
                }
            }
        }
        return order.Select(k => new ShareItem(k.Asset, k.User, merged[k].ToArray())).ToArray();
    }
}
