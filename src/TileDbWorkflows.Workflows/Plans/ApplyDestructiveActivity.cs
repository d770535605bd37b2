using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Arrays;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Invitations;
using TileDbWorkflows.Workflows.Payloads;
using TileDbWorkflows.Workflows.Reporting;
using TileDbWorkflows.Workflows.Sharing;

namespace TileDbWorkflows.Workflows.Plans;

/// <summary>
/// Makes the approved destructive changes of one batch, one line per change, each looking first (a redelivered batch
/// skips what is already gone). Shares go through the share step (<see cref="ShareBatchActivity"/>, revoke then grant
/// for fewer actions) and arrays through <see cref="ArrayRegistrar"/>, so each thing is done one way; a transient error
/// marks only its change for retry.
/// </summary>
[DurableTask(nameof(ApplyDestructiveActivity))]
public sealed class ApplyDestructiveActivity(ITileDbCloudClient client, WorkflowPayloads payloads) : TaskActivity<DestructiveBatch, IReadOnlyList<ItemResult>>
{
    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, DestructiveBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = await payloads.ReadAsync<PlanDocument>(input.Document).ConfigureAwait(false);
        var destructive = document.Changes.Where(c => c.Destructive);
        var batch = input.Items is { } only
            ? destructive.Where(c => only.Contains(c.Item, StringComparer.Ordinal)).ToArray()
            : destructive.Skip(input.Skip).Take(input.Take).ToArray();
        var shares = new ShareBatchActivity(client);
        var results = new List<ItemResult>(batch.Length);
        foreach (var change in batch)
        {
            results.Add(await ApplyAsync(context, document.Namespace, change, shares).ConfigureAwait(false));
        }
        return results;
    }

    private Task<ItemResult> ApplyAsync(TaskActivityContext context, string ns, PlanChange change, ShareBatchActivity shares)
    {
        var kind = change.Kind;
        switch (kind)
        {
            case PlanKinds.Arrays:
                return ArrayRegistrar.DeregisterAsync(client, TileDbUri.Parse(change.Item), dryRun: false, kind, CancellationToken.None);
            case PlanKinds.Shares:
                return ItemGuard.RunIsolatedAsync(kind, change.Item, async () =>
                {
                    var item = new ShareItem(change.Asset!, change.Target!, change.Actions);
                    var revoked = (await shares.RunAsync(context, new ShareBatch(ns, [item], Revoke: true, DryRun: false)).ConfigureAwait(false))[0];
                    if (revoked.Outcome is ItemOutcome.Failed or ItemOutcome.Retry || change.Action == ChangeAction.Delete)
                    {
                        return revoked with { Phase = kind, Item = change.Item, Reason = revoked.Outcome == ItemOutcome.Deleted ? "unshared" : revoked.Reason };
                    }
                    // Fewer actions: TileDB only widens a share, so the share is made anew with the file's actions.
                    var granted = (await shares.RunAsync(context, new ShareBatch(ns, [item], Revoke: false, DryRun: false)).ConfigureAwait(false))[0];
                    return granted.Outcome is ItemOutcome.Failed or ItemOutcome.Retry
                        ? granted with { Phase = kind, Item = change.Item }
                        : ItemResult.Updated(kind, change.Item, "reduced to " + string.Join(",", change.Actions));
                });
            default:
                return ItemGuard.RunIsolatedAsync(kind, change.Item, () => OtherAsync(change));
        }
    }

    private async Task<ItemResult> OtherAsync(PlanChange change)
    {
        var kind = change.Kind;
        try
        {
            switch (kind)
            {
                case PlanKinds.Groups:
                    await client.Groups.DeregisterAsync(TileDbUri.Parse(change.Item)).ConfigureAwait(false);
                    return ItemResult.Deleted(kind, change.Item, "deregistered");
                case PlanKinds.Members:
                    await client.Groups.RemoveMemberAsync(TileDbUri.Parse(change.Asset!), TileDbUri.Parse(change.Target!)).ConfigureAwait(false);
                    return ItemResult.Deleted(kind, change.Item, "removed");
                case PlanKinds.Invitations:
                    var id = change.InvitationId!;
                    await (change.InvitationKind switch
                    {
                        InvitationKind.Array => client.Invitations.CancelArrayInvitationAsync(TileDbUri.Parse(change.Asset!), id),
                        InvitationKind.Group => client.Invitations.CancelGroupInvitationAsync(TileDbUri.Parse(change.Asset!), id),
                        _ => client.Invitations.CancelOrganizationInvitationAsync(change.Asset!, id),
                    }).ConfigureAwait(false);
                    return ItemResult.Deleted(kind, change.Item, "cancelled");
                default:
                    return ItemResult.Failed(kind, change.Item, $"no destructive change of kind '{kind}' is known");
            }
        }
        catch (TileDbCloudException ex) when (ex.Kind == TileDbErrorKind.NotFound)
        {
            // Gone already (an earlier delivery of this batch, or someone else): nothing left to delete.
            return ItemResult.Skipped(kind, change.Item, "already gone");
        }
    }
}
