using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sharing;

/// <summary>
/// Shares (or revokes) every listed asset with every listed user: the request is flattened to (asset, user) pairs,
/// sent in batches of <see cref="WorkflowOptions.BatchSize"/> with at most <see cref="WorkflowOptions.MaxParallelActivities"/>
/// in flight, one report line per pair. Onboarding runs it as a sub-orchestration.
/// </summary>
[DurableTask(nameof(SharingOrchestrator))]
public sealed class SharingOrchestrator : TaskOrchestrator<SharingRequest, WorkflowReport>
{
    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, SharingRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var pairs = Flatten(input);
        var progress = WorkflowProgress.Start((ShareBatchActivity.Phase, pairs.Count));
        context.SetCustomStatus(progress);

        var batches = pairs.Chunk(settings.BatchSize).Select(b => new ShareBatch(input.Namespace, b, input.Revoke, input.DryRun)).ToArray();
        var results = await Durable.RunBoundedAsync(batches, settings.MaxParallelActivities,
            (b, _) => Durable.CallAsync<IReadOnlyList<ItemResult>>(context, settings, nameof(ShareBatchActivity), b, input.Revoke ? "revoking shares" : "sharing"),
            done => context.SetCustomStatus(progress = progress.Advance(ShareBatchActivity.Phase, done)));
        return new WorkflowReport(nameof(SharingOrchestrator), input.DryRun, results.SelectMany(r => r).ToArray());
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
