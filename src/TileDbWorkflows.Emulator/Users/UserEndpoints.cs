using System.Globalization;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Users;

internal static class UserEndpoints
{
    /// <summary>Issues a session token: 30 days with remember_me, else 30 minutes, or an explicit expiry.</summary>
    internal static Task Session(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var now = emu.Now;
        var expiresRaw = ctx.QueryString("expires");
        DateTimeOffset expires;
        if (expiresRaw is not null)
        {
            if (!DateTimeOffset.TryParse(expiresRaw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out expires))
            {
                throw ApiException.BadRequest($"expires must be a date-time, got '{expiresRaw}'");
            }
        }
        else
        {
            expires = now + (ctx.QueryBool("remember_me") == true ? TimeSpan.FromDays(30) : TimeSpan.FromMinutes(30));
        }

        var record = new TokenRecord { Token = "session-" + EmulatorIds.NewCompact(), Username = ctx.Caller(), Name = "session", IssuedAt = now, ExpiresAt = expires };
        lock (emu.State.Sync)
        {
            emu.State.Tokens[record.Token] = record;
        }

        return Respond.Json(ctx, new TokenWire(record.Token, record.Name, record.IssuedAt, record.ExpiresAt, ["*"]));
    }

    internal static Task CurrentUser(HttpContext ctx)
    {
        var emu = ctx.Emu();
        UserWire wire;
        lock (emu.State.Sync)
        {
            wire = ToWire(emu.State, emu.State.Users[ctx.Caller()]);
        }

        return Respond.Json(ctx, wire);
    }

    internal static Task UserByName(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var name = ctx.RouteParam("username");
        UserWire wire;
        lock (emu.State.Sync)
        {
            var user = emu.State.Users.GetValueOrDefault(name) ?? throw ApiException.NotFound($"user {name} not found");
            wire = ToWire(emu.State, user);
        }

        return Respond.Json(ctx, wire);
    }

    internal static Task Organizations(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        List<OrganizationWire> list;
        lock (emu.State.Sync)
        {
            list = emu.State.Organizations.Values
                .Where(o => o.Members.ContainsKey(caller))
                .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
                .Select(o => ToWire(emu.State, o, caller))
                .ToList();
        }

        return Respond.Json(ctx, list);
    }

    internal static Task Organization(HttpContext ctx)
    {
        var emu = ctx.Emu();
        var caller = ctx.Caller();
        var name = ctx.RouteParam("organization");
        OrganizationWire wire;
        lock (emu.State.Sync)
        {
            var org = emu.State.Organizations.GetValueOrDefault(name) ?? throw ApiException.NotFound($"organization {name} not found");
            if (!org.Members.ContainsKey(caller))
            {
                throw ApiException.Forbidden($"user {caller} is not a member of organization {org.Name}");
            }

            wire = ToWire(emu.State, org, caller);
        }

        return Respond.Json(ctx, wire);
    }

    internal static UserWire ToWire(EmulatorState state, UserRecord user)
    {
        var orgs = state.Organizations.Values
            .Where(o => o.Members.ContainsKey(user.Username))
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .Select(o => Member(state, o, user.Username))
            .ToList();
        return new UserWire(
            user.Id, user.Username, user.Name, user.Email, true, false, "UTC", orgs,
            [.. Roles.NamespaceActionsFor(Roles.Owner)], [], false,
            $"s3://emulator/{user.Username}", AssetLocationsWire.For(user.Username), user.Username, "us-east-1");
    }

    internal static OrganizationWire ToWire(EmulatorState state, OrganizationRecord org, string caller)
    {
        var role = org.Members.GetValueOrDefault(caller);
        var users = org.Members.Keys.OrderBy(u => u, StringComparer.OrdinalIgnoreCase).Select(u => Member(state, org, u)).ToList();
        var arrays = state.Arrays.Values.Count(a => string.Equals(a.Namespace, org.Name, StringComparison.OrdinalIgnoreCase));
        return new OrganizationWire(
            org.Id, role, org.Name, org.CreatedAt, org.CreatedAt, org.Description, users,
            [.. Roles.NamespaceActionsFor(role)], arrays, [], false, $"s3://emulator/{org.Name}", AssetLocationsWire.For(org.Name), false);
    }

    private static OrganizationUserWire Member(EmulatorState state, OrganizationRecord org, string username)
    {
        var user = state.Users[username];
        var role = org.Members[username];
        return new OrganizationUserWire(user.Id, org.Id, user.Username, user.Name, user.Email, org.Name, role, [.. Roles.NamespaceActionsFor(role)]);
    }
}
