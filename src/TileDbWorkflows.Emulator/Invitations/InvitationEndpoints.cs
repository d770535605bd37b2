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

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/invitations/{namespace}/{array}/share", InviteToArray);
        app.MapDelete("/v1/invitations/{invitation}/{namespace}/{array}/share", ctx => Cancel(ctx, "ARRAY_SHARE", "array"));
        app.MapPost("/v1/invitations/group/{namespace}/{group}/share", InviteToGroup);
        app.MapDelete("/v1/invitations/group/{invitation}/{namespace}/{group}/share", ctx => Cancel(ctx, "GROUP_SHARE", "group"));
        app.MapPost("/v1/invitations/{organization}/join", InviteToOrganization);
        app.MapDelete("/v1/invitations/{invitation}/{organization}/join", ctx => Cancel(ctx, "JOIN_ORGANIZATION", null));
    }

    private static async Task InviteToArray(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<ArrayInviteRequestWire>().ConfigureAwait(false);
        var actions = Roles.Normalize(body.Actions, Roles.ArrayActions, "array action");
        if (actions.Count == 0)
        {
            throw ApiException.BadRequest("actions are required");
        }

        List<string> failed;
        int total;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var array = ArrayAssets.Kind.FromRoute(ctx, emu, caller, out _);
            if (!Access.CanAdminNamespace(state, caller, array.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not invite others to {array.TileDbUri}");
            }

            (var ok, failed) = RecipientResolver.Resolve(state, body.InviteeEmail);
            total = ok.Count + failed.Count;
            foreach (var r in ok)
            {
                Upsert(emu, r, "ARRAY_SHARE", caller, array.Namespace, i => i.ArrayId == array.Id, (id, now) => new InvitationRecord
                {
                    Id = id, Type = "ARRAY_SHARE", InviterUsername = caller, RecipientUsername = r.Username, Email = r.Email,
                    ArrayId = array.Id, AssetName = array.Name, OwnerNamespace = array.Namespace, Actions = actions,
                    CreatedAt = now, ExpiresAt = now + Lifetime,
                });
            }
        }

        await Answer(ctx, failed, total).ConfigureAwait(false);
    }

    private static async Task InviteToGroup(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<GroupInviteRequestWire>().ConfigureAwait(false);
        var arrayActions = Roles.Normalize(body.ArrayActions, Roles.ArrayActions, "array action");
        var groupActions = Roles.Normalize(body.GroupActions, Roles.GroupActions, "group action");
        if (body.ArrayActions is null || body.GroupActions is null)
        {
            throw ApiException.BadRequest("array_actions and group_actions are required");
        }

        List<string> failed;
        int total;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var group = GroupAssets.Kind.FromRoute(ctx, emu, caller, out _);
            if (!Access.CanAdminNamespace(state, caller, group.Namespace))
            {
                throw ApiException.Forbidden($"user {caller} may not invite others to {group.TileDbUri}");
            }

            (var ok, failed) = RecipientResolver.Resolve(state, body.InviteeEmailOrName);
            total = ok.Count + failed.Count;
            foreach (var r in ok)
            {
                Upsert(emu, r, "GROUP_SHARE", caller, group.Namespace, i => i.GroupId == group.Id, (id, now) => new InvitationRecord
                {
                    Id = id, Type = "GROUP_SHARE", InviterUsername = caller, RecipientUsername = r.Username, Email = r.Email,
                    GroupId = group.Id, AssetName = group.Name, OwnerNamespace = group.Namespace,
                    Actions = arrayActions, GroupActions = groupActions, CreatedAt = now, ExpiresAt = now + Lifetime,
                });
            }
        }

        await Answer(ctx, failed, total).ConfigureAwait(false);
    }

    private static async Task InviteToOrganization(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var body = await ctx.ReadJsonAsync<OrganizationInviteRequestWire>().ConfigureAwait(false);
        if (string.IsNullOrEmpty(body.OrganizationRole))
        {
            throw ApiException.BadRequest("organization_role is required");
        }

        var role = Roles.Normalize([body.OrganizationRole], Roles.OrganizationRoles, "organization role")[0];
        var actions = Roles.Normalize(body.Actions, Roles.NamespaceActions, "namespace action");
        var orgName = ctx.RouteParam("organization");
        List<string> failed;
        int total;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var org = state.Organizations.GetValueOrDefault(orgName) ?? throw ApiException.NotFound($"organization {orgName} not found");
            if (!Access.CanAdminNamespace(state, caller, org.Name))
            {
                throw ApiException.Forbidden($"user {caller} may not invite members to {org.Name}");
            }

            (var ok, failed) = RecipientResolver.Resolve(state, body.InviteeEmail);
            total = ok.Count + failed.Count;
            foreach (var r in ok)
            {
                Upsert(emu, r, "JOIN_ORGANIZATION", caller, org.Name, i => string.Equals(i.OrganizationName, org.Name, StringComparison.OrdinalIgnoreCase), (id, now) => new InvitationRecord
                {
                    Id = id, Type = "JOIN_ORGANIZATION", InviterUsername = caller, RecipientUsername = r.Username, Email = r.Email,
                    OrganizationName = org.Name, OrganizationRole = role, OwnerNamespace = org.Name, Actions = actions,
                    CreatedAt = now, ExpiresAt = now + Lifetime,
                });
            }
        }

        await Answer(ctx, failed, total).ConfigureAwait(false);
    }

    private static void Upsert(EmulatorRuntime emu, Recipient r, string type, string caller, string owner, Func<InvitationRecord, bool> sameTarget, Func<string, DateTimeOffset, InvitationRecord> create)
    {
        var state = emu.State;
        var existing = state.Invitations.Values.FirstOrDefault(i =>
            i.Type == type && i.Status == "PENDING" && sameTarget(i)
            && string.Equals(i.RecipientUsername, r.Username, StringComparison.OrdinalIgnoreCase)
            && string.Equals(i.Email, r.Email, StringComparison.OrdinalIgnoreCase));
        var id = existing?.Id ?? Guid.NewGuid().ToString();
        state.Invitations[id] = create(id, emu.Now);
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
        return Respond.Json(ctx, new InvitationFailureWire(failed, ErrorCodes.InvitationFailed, message, Guid.NewGuid().ToString()), StatusCodes.Status500InternalServerError);
    }

    private static Task Cancel(HttpContext ctx, string type, string? assetParam)
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
