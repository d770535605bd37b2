using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Users;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Invitations;

/// <summary>
/// Sends one batch of invitations in one request, after skipping recipients who already hold access (shared with or a
/// member) or have a pending invitation to the same target. A 207 answer fails only the recipients it names.
/// </summary>
[DurableTask(nameof(SendInvitationsActivity))]
public sealed class SendInvitationsActivity(ITileDbCloudClient client) : TaskActivity<InvitationBatch, IReadOnlyList<ItemResult>>
{
    public const string Phase = "invitations";

    public override async Task<IReadOnlyList<ItemResult>> RunAsync(TaskActivityContext context, InvitationBatch input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return await CloudErrors.RejectingCredentialsAsync(() => SendAsync(input)).ConfigureAwait(false);
        }
        catch (TileDbCloudException ex) when (CloudErrors.IsPermanent(ex))
        {
            // The target itself is refused (missing, no permission, bad actions): every recipient of the batch fails with the reason.
            return input.Recipients.Select(r => ItemResult.Failed(Phase, r, CloudErrors.Describe(ex))).ToArray();
        }
        catch (Exception ex) when (ItemGuard.IsTransient(ex))
        {
            // One request carries the whole batch, so a transient failure of it is a retry of each of its recipients.
            return input.Recipients.Select(r => ItemResult.Retry(Phase, r, ItemGuard.Describe(ex))).ToArray();
        }
        catch (FormatException ex)
        {
            return input.Recipients.Select(r => ItemResult.Failed(Phase, r, ex.Message)).ToArray();
        }
    }

    private async Task<IReadOnlyList<ItemResult>> SendAsync(InvitationBatch input)
    {
        var (holders, filter) = await ReadTargetAsync(input).ConfigureAwait(false);
        var pending = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var invitation in client.Invitations.ListAllAsync(filter).ConfigureAwait(false))
        {
            if (invitation.NamespaceInvited is { } who)
            {
                pending.Add(who);
            }
            if (invitation.Email is { } email)
            {
                pending.Add(email);
            }
        }

        var results = new Dictionary<string, ItemResult>(StringComparer.OrdinalIgnoreCase);
        var toSend = new List<string>();
        foreach (var r in input.Recipients)
        {
            if (holders.Contains(r))
            {
                results[r] = ItemResult.Skipped(Phase, r, input.Kind == InvitationKind.Organization ? "already a member" : "already has access");
            }
            else if (pending.Contains(r))
            {
                results[r] = ItemResult.Skipped(Phase, r, "already invited");
            }
            else if (input.DryRun)
            {
                results[r] = ItemResult.Created(Phase, r, "would invite");
            }
            else
            {
                toSend.Add(r);
            }
        }

        if (toSend.Count > 0)
        {
            var answer = await InviteAsync(input, toSend).ConfigureAwait(false);
            var failed = new HashSet<string>(answer.FailedRecipients, StringComparer.OrdinalIgnoreCase);
            foreach (var r in toSend)
            {
                results[r] = failed.Contains(r)
                    ? ItemResult.Failed(Phase, r, $"{Recipients.RefusalReason(r)} (HTTP {(int)answer.StatusCode})")
                    : ItemResult.Created(Phase, r, "invited");
            }
        }
        return input.Recipients.Select(r => results[r]).ToArray();
    }

    /// <summary>Who already holds access to the target, and the filter that lists its pending invitations.</summary>
    private async Task<(HashSet<string> Holders, InvitationFilter Filter)> ReadTargetAsync(InvitationBatch input)
    {
        var holders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (input.Kind)
        {
            case InvitationKind.Array:
            {
                var uri = TileDbUri.Parse(input.Target);
                var info = await client.Arrays.GetInfoAsync(uri).ConfigureAwait(false);
                var wanted = input.Actions.Select(a => a.ToLowerInvariant()).ToHashSet();
                foreach (var s in await client.Arrays.ListSharedWithAsync(uri).ConfigureAwait(false))
                {
                    if (s.Namespace is not null && wanted.IsSubsetOf(s.Actions.Select(WireNames.ToWire)))
                    {
                        holders.Add(s.Namespace);
                    }
                }
                return (holders, new InvitationFilter { Array = info.Id ?? $"{uri.Namespace}/{uri.Name}", Type = InvitationType.ArrayShare, Status = InvitationStatus.Pending, PerPage = 1000 });
            }
            case InvitationKind.Group:
            {
                var uri = TileDbUri.Parse(input.Target);
                var info = await client.Groups.GetInfoAsync(uri).ConfigureAwait(false);
                var wanted = input.GroupActions.Select(a => a.ToLowerInvariant()).ToHashSet();
                foreach (var s in await client.Groups.ListSharedWithAsync(uri).ConfigureAwait(false))
                {
                    if (s.Namespace is not null && wanted.IsSubsetOf(s.GroupActions.Select(WireNames.ToWire)))
                    {
                        holders.Add(s.Namespace);
                    }
                }
                return (holders, new InvitationFilter { Group = info.Id ?? $"{uri.Namespace}/{uri.Name}", Type = InvitationType.GroupShare, Status = InvitationStatus.Pending, PerPage = 1000 });
            }
            default:
            {
                var org = await client.Organizations.GetAsync(input.Target).ConfigureAwait(false);
                foreach (var member in org.Users)
                {
                    if (member.Username is { } u)
                    {
                        holders.Add(u);
                    }
                    if (member.UserEmail is { } e)
                    {
                        holders.Add(e);
                    }
                }
                return (holders, new InvitationFilter { Organization = org.Name ?? input.Target, Type = InvitationType.JoinOrganization, Status = InvitationStatus.Pending, PerPage = 1000 });
            }
        }
    }

    private Task<InvitationResult> InviteAsync(InvitationBatch input, IReadOnlyList<string> recipients)
    {
        var actions = input.Actions.Select(WireNames.Parse<ArrayAction>).Where(a => a != ArrayAction.Unknown).ToArray();
        return input.Kind switch
        {
            InvitationKind.Array => client.Invitations.InviteToArrayAsync(TileDbUri.Parse(input.Target), recipients, actions),
            InvitationKind.Group => client.Invitations.InviteToGroupAsync(
                TileDbUri.Parse(input.Target), recipients, actions,
                input.GroupActions.Select(WireNames.Parse<GroupAction>).Where(a => a != GroupAction.Unknown).ToArray()),
            _ => client.Invitations.InviteToOrganizationAsync(
                input.Target, recipients, WireNames.Parse<OrganizationRole>(input.Role),
                input.Actions.Count == 0 ? null : input.Actions.Select(WireNames.Parse<NamespaceAction>).Where(a => a != NamespaceAction.Unknown).ToArray()),
        };
    }
}
