using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Groups;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>
/// Sending and cancelling invitations. Each recipient succeeds or fails on its own: 204 when all were
/// invited, 207 with <c>failed_recipients</c> when some failed, 500 with the same list when all failed.
/// Re-inviting a recipient with a pending invitation updates that invitation instead of adding another.
/// </summary>
internal static class InvitationEndpoints
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string InvitingOthers = "invite others to";

    internal static async Task InviteToArray(HttpContext ctx)
    {
        var body = await ctx.ReadJsonAsync<ArrayInviteRequestWire>().ConfigureAwait(false);
        var actions = Roles.Normalize(body.Actions, Roles.ArrayActions, "array action");
        if (actions.Count == 0)
        {
            throw ApiException.BadRequest("actions are required");
        }

        await Invite(ctx, body.InviteeEmail, "ARRAY_SHARE", (emu, caller) =>
        {
            var array = ArrayAssets.Kind.ToAdminister(ctx, emu, caller, InvitingOthers);
            return new InviteTarget(i => i.ArrayId == array.Id, (r, id, now) => new InvitationRecord
            {
                Id = id, Type = "ARRAY_SHARE", InviterUsername = caller, RecipientUsername = r.Username, Email = r.Email,
                ArrayId = array.Id, AssetName = array.Name, OwnerNamespace = array.Namespace, Actions = actions,
                CreatedAt = now, ExpiresAt = now + Lifetime,
            });
        }).ConfigureAwait(false);
    }

    internal static async Task InviteToGroup(HttpContext ctx)
    {
        var body = await ctx.ReadJsonAsync<GroupInviteRequestWire>().ConfigureAwait(false);
        var arrayActions = Roles.Normalize(body.ArrayActions, Roles.ArrayActions, "array action");
        var groupActions = Roles.Normalize(body.GroupActions, Roles.GroupActions, "group action");
        if (body.ArrayActions is null || body.GroupActions is null)
        {
            throw ApiException.BadRequest("array_actions and group_actions are required");
        }

        await Invite(ctx, body.InviteeEmailOrName, "GROUP_SHARE", (emu, caller) =>
        {
            var group = GroupAssets.Kind.ToAdminister(ctx, emu, caller, InvitingOthers);
            return new InviteTarget(i => i.GroupId == group.Id, (r, id, now) => new InvitationRecord
            {
                Id = id, Type = "GROUP_SHARE", InviterUsername = caller, RecipientUsername = r.Username, Email = r.Email,
                GroupId = group.Id, AssetName = group.Name, OwnerNamespace = group.Namespace,
                Actions = arrayActions, GroupActions = groupActions, CreatedAt = now, ExpiresAt = now + Lifetime,
            });
        }).ConfigureAwait(false);
    }

    internal static async Task InviteToOrganization(HttpContext ctx)
    {
        var body = await ctx.ReadJsonAsync<OrganizationInviteRequestWire>().ConfigureAwait(false);
        if (string.IsNullOrEmpty(body.OrganizationRole))
        {
            throw ApiException.BadRequest("organization_role is required");
        }

        var role = Roles.Normalize([body.OrganizationRole], Roles.OrganizationRoles, "organization role")[0];
        var actions = Roles.Normalize(body.Actions, Roles.NamespaceActions, "namespace action");
        var orgName = ctx.RouteParam("organization");
        await Invite(ctx, body.InviteeEmail, "JOIN_ORGANIZATION", (emu, caller) =>
        {
            var org = emu.State.Organizations.GetValueOrDefault(orgName) ?? throw ApiException.NotFound($"organization {orgName} not found");
            if (!Access.CanAdminNamespace(emu.State, caller, org.Name))
            {
                throw ApiException.Forbidden($"user {caller} may not invite members to {org.Name}");
            }

            return new InviteTarget(i => string.Equals(i.OrganizationName, org.Name, StringComparison.OrdinalIgnoreCase), (r, id, now) => new InvitationRecord
            {
                Id = id, Type = "JOIN_ORGANIZATION", InviterUsername = caller, RecipientUsername = r.Username, Email = r.Email,
                OrganizationName = org.Name, OrganizationRole = role, OwnerNamespace = org.Name, Actions = actions,
                CreatedAt = now, ExpiresAt = now + Lifetime,
            });
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Invites every recipient that resolves to the target <paramref name="findTarget"/> finds and checks; all of it
    /// under one lock, so a target the caller may not invite to changes nothing.
    /// </summary>
    private static Task Invite(HttpContext ctx, IReadOnlyList<string>? invitees, string type, Func<EmulatorRuntime, string, InviteTarget> findTarget)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        List<string> failed;
        int total;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var target = findTarget(emu, caller);
            (var ok, failed) = RecipientResolver.Resolve(state, invitees);
            total = ok.Count + failed.Count;
            foreach (var r in ok)
            {
                // A re-invite of a recipient with a pending invitation to the same target updates that one.
                var existing = state.Invitations.Values.FirstOrDefault(i =>
                    i.Type == type && i.Status == "PENDING" && target.SameTarget(i)
                    && string.Equals(i.RecipientUsername, r.Username, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(i.Email, r.Email, StringComparison.OrdinalIgnoreCase));
                var id = existing?.Id ?? EmulatorIds.New();
                state.Invitations[id] = target.Create(r, id, emu.Now);
            }
        }

        return Answer(ctx, failed, total);
    }

    private static Task Answer(HttpContext ctx, List<string> failed, int total)
    {
        if (failed.Count == 0)
        {
            return Respond.NoContent(ctx);
        }

        if (failed.Count < total)
        {
            return Respond.Json(ctx, new InvitationFailedRecipientsWire(failed), StatusCodes.Status207MultiStatus);
        }

        var message = "no recipient could be invited: " + string.Join(", ", failed);
        return Respond.Json(ctx, new InvitationFailureWire(failed, ErrorCodes.InvitationFailed, message, EmulatorIds.New()), StatusCodes.Status500InternalServerError);
    }

    internal static Task Cancel(HttpContext ctx, string type, string? assetParam)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var id = ctx.RouteParam("invitation");
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var invitation = state.Invitations.GetValueOrDefault(id);
            if (invitation is null || invitation.Type != type || invitation.Status != "PENDING")
            {
                throw ApiException.NotFound($"pending invitation {id} not found");
            }

            if (assetParam is null)
            {
                var org = ctx.RouteParam("organization");
                if (!string.Equals(invitation.OrganizationName, org, StringComparison.OrdinalIgnoreCase))
                {
                    throw ApiException.NotFound($"invitation {id} is not for organization {org}");
                }
            }
            else
            {
                var ns = ctx.RouteParam("namespace");
                var name = ctx.RouteParam(assetParam);
                var assetId = assetParam == "array" ? state.FindArray(ns, name)?.Id : state.FindGroup(ns, name)?.Id;
                if (assetId is null || assetId != (invitation.ArrayId ?? invitation.GroupId))
                {
                    throw ApiException.NotFound($"invitation {id} is not for tiledb://{ns}/{name}");
                }
            }

            if (!string.Equals(invitation.InviterUsername, caller, StringComparison.OrdinalIgnoreCase) && !Access.CanAdminNamespace(state, caller, invitation.OwnerNamespace))
            {
                throw ApiException.Forbidden($"user {caller} may not cancel invitation {id}");
            }

            state.Invitations.Remove(id);
        }

        return Respond.NoContent(ctx);
    }
}
