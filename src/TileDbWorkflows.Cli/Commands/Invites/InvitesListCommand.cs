using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites list</c> (<c>invites.fetch_invitations</c>) with its filters.</summary>
internal static class InvitesListCommand
{
    public static Command Create(CliHost host)
    {
        var organization = new Option<string?>("--organization") { Description = "Organization name or id" };
        var array = new Option<string?>("--array") { Description = "Array name or URI" };
        var group = new Option<string?>("--group") { Description = "Group name or id" };
        var start = CommonOptions.Start("From: ISO date or relative (30d)");
        var end = CommonOptions.End("Until: ISO date or relative");
        var type = new Option<string?>("--type") { Description = "ARRAY_SHARE, GROUP_SHARE or JOIN_ORGANIZATION" };
        var status = new Option<string?>("--status") { Description = "PENDING or ACCEPTED" };
        var orderBy = CommonOptions.OrderBy("timestamp, array_name or organization_name");
        var paging = new PagingOptions();
        return host.Command("list", "List invitations", [organization, array, group, start, end, type, status, orderBy, .. paging.Symbols], async (ctx, ct) =>
        {
            var filter = new InvitationFilter
            {
                Organization = ctx.Get(organization),
                Array = ctx.Get(array),
                Group = ctx.Get(group),
                Start = Values.Date(ctx.Get(start), ctx.Env.Time),
                End = Values.Date(ctx.Get(end), ctx.Env.Time),
                Type = ctx.Get(type) is { } t ? Values.Enum<InvitationType>(t, "invitation type") : null,
                Status = ctx.Get(status) is { } s ? Values.Enum<InvitationStatus>(s, "invitation status") : null,
                OrderBy = ctx.Get(orderBy),
                Page = ctx.Get(paging.Page),
                PerPage = ctx.Get(paging.PerPage),
            };
            var (items, meta) = await paging.FetchAsync(
                ctx, () => ctx.Cloud.Invitations.ListAllAsync(filter, ct), () => ctx.Cloud.Invitations.ListAsync(filter, ct)).ConfigureAwait(false);
            return ctx.EmitList(items, meta, ["Id", "Type", "Status", "Target", "Invitee", "Actions", "Expires"], Row, "invitation");
        });
    }

    private static string?[] Row(Invitation i) =>
    [
        i.Id, i.InvitationType is { } it ? WireNames.ToWire(it) : null, i.Status is { } st ? WireNames.ToWire(st) : null,
        i.ArrayName ?? i.OrganizationName, i.Email ?? i.NamespaceInvited,
        string.Join(" ", new[] { i.Actions, i.GroupActions, i.OrganizationRole is { } r ? WireNames.ToWire(r) : null }.Where(x => !string.IsNullOrEmpty(x))),
        Output.Date(i.ExpiresAt),
    ];
}
