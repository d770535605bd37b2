using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Invitations;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>
/// What an invitation is for, read from the invitation itself, so <c>invites cancel ID</c> needs no --array/--group/--org.
/// An invitation names its owner namespace only by uuid: the caller's own namespace and organizations give the name.
/// </summary>
internal sealed record InvitationTarget(InvitationType Type, string Name)
{
    public static async Task<InvitationTarget> FindAsync(TileDbCloudClient client, string id, CancellationToken ct)
    {
        Invitation? found = null;
        await foreach (var invitation in client.Invitations.ListAllAsync(null, ct).ConfigureAwait(false))
        {
            if (string.Equals(invitation.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                found = invitation;
                break;
            }
        }

        if (found is null)
        {
            throw new CliException($"no invitation {id} among those you can see (`tdbw invites list`); pass --array, --group or --org to cancel it anyway");
        }

        if (found.InvitationType == InvitationType.JoinOrganization)
        {
            return new InvitationTarget(InvitationType.JoinOrganization, found.OrganizationName
                ?? throw new CliException($"invitation {id} names no organization; pass --org"));
        }

        var me = await client.Users.GetProfileAsync(ct).ConfigureAwait(false);
        var owner = string.Equals(found.OwnerNamespaceUuid, me.Id, StringComparison.OrdinalIgnoreCase)
            ? me.Username
            : me.Organizations.FirstOrDefault(o => string.Equals(o.OrganizationId, found.OwnerNamespaceUuid, StringComparison.OrdinalIgnoreCase))?.OrganizationName;
        var flag = found.InvitationType == InvitationType.GroupShare ? "--group" : "--array";
        if (owner is null || found.ArrayName is null)
        {
            throw new CliException($"invitation {id} is for an asset of a namespace tdbw cannot name; pass {flag} tiledb://namespace/name");
        }

        return new InvitationTarget(found.InvitationType ?? InvitationType.ArrayShare, $"tiledb://{owner}/{found.ArrayName}");
    }

    public Task CancelAsync(TileDbCloudClient client, string id, CancellationToken ct) => Type switch
    {
        InvitationType.JoinOrganization => client.Invitations.CancelOrganizationInvitationAsync(Name, id, ct),
        InvitationType.GroupShare => client.Invitations.CancelGroupInvitationAsync(Values.Uri(Name), id, ct),
        _ => client.Invitations.CancelArrayInvitationAsync(Values.Uri(Name), id, ct),
    };
}
