using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Admin;

/// <summary>GET /__emulator/state: the whole world as JSON, for debugging and for tests that assert on state.</summary>
internal static class StateDump
{
    public static Task Write(HttpContext ctx)
    {
        var emu = ctx.Emu();
        object dump;
        lock (emu.State.Sync)
        {
            var s = emu.State;
            var now = emu.Now;
            dump = new
            {
                now,
                users = s.Users.Values.OrderBy(u => u.Username, StringComparer.Ordinal).Select(u => new
                {
                    u.Id, u.Username, u.Email, u.Name,
                    tokens = s.Tokens.Values.Where(t => t.Username == u.Username && t.Name == "seed").Select(t => t.Token).ToList(),
                }).ToList(),
                organizations = s.Organizations.Values.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new { o.Id, o.Name, o.Description, members = o.Members }).ToList(),
                arrays = s.Arrays.Values.OrderBy(a => a.Namespace, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => new
                {
                    a.Id, a.Namespace, a.Name, a.Uri, tiledb_uri = a.TileDbUri, a.Description, a.Tags, a.FileType, a.ArrayType,
                    a.Public, a.Region, shares = a.Shares, activity_count = a.Activity.Count,
                }).ToList(),
                groups = s.Groups.Values.OrderBy(g => g.Namespace, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal).Select(g => new
                {
                    g.Id, g.Namespace, g.Name, g.Uri, tiledb_uri = g.TileDbUri, g.GroupType, g.Public, g.Region,
                    shares = g.Shares, members = g.Members,
                }).ToList(),
                invitations = s.Invitations.Values.OrderBy(i => i.CreatedAt).Select(i => new
                {
                    i.Id, i.Type, i.Status, i.InviterUsername, i.RecipientUsername, i.Email, i.OwnerNamespace, i.AssetName,
                    i.OrganizationName, i.OrganizationRole, i.Actions, i.GroupActions, i.CreatedAt, i.AcceptedAt,
                }).ToList(),
                tasks = s.Tasks.Values.OrderBy(t => t.SubmittedAt).Select(t => new
                {
                    t.Id, t.Type, t.Namespace, t.Username, t.Name, status = t.StatusAt(now), t.SubmittedAt, t.ArrayUri,
                }).ToList(),
                storage = s.Storage.Order(StringComparer.Ordinal).ToList(),
                faults = emu.Faults.Snapshot(),
                rate_limits = emu.RateLimits.Snapshot(),
                latency = emu.Latency.Snapshot(),
            };
        }

        return Respond.Json(ctx, dump);
    }
}
