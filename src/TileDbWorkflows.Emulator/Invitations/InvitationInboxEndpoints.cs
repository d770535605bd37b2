using TileDbWorkflows.Emulator.Arrays;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Common;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Invitations;

/// <summary>Accepting (a share or an organization membership comes of it) and listing invitations.</summary>
internal static class InvitationInboxEndpoints
{
    /// <summary>
    /// Only the recipient may accept (by username, or by the email it was sent to); anyone else gets 404.
    /// Accepting an already accepted invitation again is a no-op 204, so a retried accept is harmless.
    /// </summary>
    internal static Task Accept(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var id = ctx.RouteParam("invitation");
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var user = state.Users[caller];
            var inv = state.Invitations.GetValueOrDefault(id);
            var mine = inv is not null
                && (string.Equals(inv.RecipientUsername, caller, StringComparison.OrdinalIgnoreCase)
                    || (inv.RecipientUsername is null && string.Equals(inv.Email, user.Email, StringComparison.OrdinalIgnoreCase)));
            if (inv is null || !mine)
            {
                throw ApiException.NotFound($"invitation {id} not found");
            }

            if (inv.Status == "ACCEPTED")
            {
                return Respond.NoContent(ctx);
            }

            var now = emu.Now;
            if (inv.ExpiresAt <= now)
            {
                throw ApiException.NotFound($"invitation {id} has expired");
            }

            switch (inv.Type)
            {
                case "ARRAY_SHARE":
                    var array = inv.ArrayId is null ? null : state.Arrays.GetValueOrDefault(inv.ArrayId);
                    if (array is null)
                    {
                        throw ApiException.NotFound($"the array of invitation {id} no longer exists");
                    }

                    array.Shares[user.Username] = [.. array.Shares.GetValueOrDefault(user.Username, []).Union(inv.Actions)];
                    ArrayMapper.Log(array, now, "array_metadata_update", caller, detail: "invitation accepted: share " + user.Username);
                    break;
                case "GROUP_SHARE":
                    var group = inv.GroupId is null ? null : state.Groups.GetValueOrDefault(inv.GroupId);
                    if (group is null)
                    {
                        throw ApiException.NotFound($"the group of invitation {id} no longer exists");
                    }

                    var existing = group.Shares.GetValueOrDefault(user.Username) ?? new GroupShare([], []);
                    group.Shares[user.Username] = new GroupShare([.. existing.GroupActions.Union(inv.GroupActions)], [.. existing.ArrayActions.Union(inv.Actions)]);
                    break;
                default:
                    var org = inv.OrganizationName is null ? null : state.Organizations.GetValueOrDefault(inv.OrganizationName);
                    if (org is null)
                    {
                        throw ApiException.NotFound($"the organization of invitation {id} no longer exists");
                    }

                    org.Members[user.Username] = inv.OrganizationRole ?? "read_only";
                    break;
            }

            inv.Status = "ACCEPTED";
            inv.AcceptedAt = now;
        }

        return Respond.NoContent(ctx);
    }

    internal static Task List(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var organization = ctx.QueryString("organization");
        var array = ctx.QueryString("array");
        var group = ctx.QueryString("group");
        var start = ctx.QueryLong("start") is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : (DateTimeOffset?)null;
        var end = ctx.QueryLong("end") is { } e ? DateTimeOffset.FromUnixTimeSeconds(e).AddSeconds(1) : (DateTimeOffset?)null;
        var type = ctx.QueryString("type");
        var status = ctx.QueryString("status");
        var order = OrderBy.Parse(ctx, ["timestamp", "array_name", "organization_name"]);
        List<InvitationWire> all;
        lock (emu.State.Sync)
        {
            var state = emu.State;
            var email = state.Users[caller].Email;
            IEnumerable<InvitationRecord> rows = state.Invitations.Values
                .Where(i => string.Equals(i.InviterUsername, caller, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(i.RecipientUsername, caller, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)
                    || Access.CanAdminNamespace(state, caller, i.OwnerNamespace))
                .Where(i => organization is null || (i.OrganizationName is not null && (string.Equals(i.OrganizationName, organization, StringComparison.OrdinalIgnoreCase) || state.Organizations.GetValueOrDefault(i.OrganizationName)?.Id == organization)))
                .Where(i => array is null || (i.ArrayId is not null && AssetMatches(i, i.ArrayId, array)))
                .Where(i => group is null || (i.GroupId is not null && AssetMatches(i, i.GroupId, group)))
                .Where(i => start is null || i.CreatedAt >= start)
                .Where(i => end is null || i.CreatedAt < end)
                .Where(i => type is null || string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase))
                .Where(i => status is null || string.Equals(i.Status, status, StringComparison.OrdinalIgnoreCase));
            rows = order switch
            {
                ("array_name", var desc) => desc ? rows.OrderByDescending(i => i.AssetName) : rows.OrderBy(i => i.AssetName),
                ("organization_name", var desc) => desc ? rows.OrderByDescending(i => i.OrganizationName) : rows.OrderBy(i => i.OrganizationName),
                (_, true) => rows.OrderByDescending(i => i.CreatedAt),
                _ => rows.OrderBy(i => i.CreatedAt),
            };
            all = rows.Select(i => InvitationMapper.ToWire(state, i)).ToList();
        }

        var (items, meta) = Paging.Apply(ctx, all);
        return Respond.Json(ctx, new InvitationDataWire(items, meta));
    }

    private static bool AssetMatches(InvitationRecord i, string id, string filter) =>
        string.Equals(id, filter, StringComparison.OrdinalIgnoreCase)
        || string.Equals(i.AssetName, filter, StringComparison.OrdinalIgnoreCase)
        || string.Equals($"{i.OwnerNamespace}/{i.AssetName}", filter, StringComparison.OrdinalIgnoreCase)
        || string.Equals($"tiledb://{i.OwnerNamespace}/{i.AssetName}", filter, StringComparison.OrdinalIgnoreCase);
}
