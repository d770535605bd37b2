using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;
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
        var start = new Option<string?>("--start") { Description = "From: ISO date or relative (30d)" };
        var end = new Option<string?>("--end") { Description = "Until: ISO date or relative" };
        var type = new Option<string?>("--type") { Description = "ARRAY_SHARE, GROUP_SHARE or JOIN_ORGANIZATION" };
        var status = new Option<string?>("--status") { Description = "PENDING or ACCEPTED" };
        var orderBy = new Option<string?>("--order-by") { Description = "timestamp, array_name or organization_name" };
        var page = CommonOptions.Page();
        var perPage = CommonOptions.PerPage();
        var all = CommonOptions.All();
        var command = new Command("list", "List invitations") { organization, array, group, start, end, type, status, orderBy, page, perPage, all };
        host.SetAction(command, async (ctx, ct) =>
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
                Page = ctx.Get(page),
                PerPage = ctx.Get(perPage),
            };
            using var client = ctx.CreateCloudClient();
            IReadOnlyList<Invitation> items;
            PaginationMetadata? meta = null;
            if (ctx.Get(all))
            {
                var list = new List<Invitation>();
                await foreach (var i in client.Invitations.ListAllAsync(filter, ct).ConfigureAwait(false))
                {
                    list.Add(i);
                }

                items = list;
            }
            else
            {
                var result = await client.Invitations.ListAsync(filter, ct).ConfigureAwait(false);
                items = result.Items;
                meta = result.Pagination;
            }

            if (ctx.Json)
            {
                ctx.WriteJson(new ListEnvelope<Invitation>(items, meta));
                return ExitCodes.Success;
            }

            ctx.Output.Table(
                ["Id", "Type", "Status", "Target", "Invitee", "Actions", "Expires"],
                items.Select(i => new[]
                {
                    i.Id, i.InvitationType is { } it ? WireNames.ToWire(it) : null, i.Status is { } st ? WireNames.ToWire(st) : null,
                    i.ArrayName ?? i.OrganizationName, i.Email ?? i.NamespaceInvited,
                    string.Join(" ", new[] { i.Actions, i.GroupActions, i.OrganizationRole is { } r ? WireNames.ToWire(r) : null }.Where(x => !string.IsNullOrEmpty(x))),
                    Output.Date(i.ExpiresAt),
                }));
            ctx.Output.Line(Paging.Footer(items.Count, "invitation", meta));
            return ExitCodes.Success;
        });
        return command;
    }
}
