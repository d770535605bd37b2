using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary>
/// <c>tdbw invites cancel ID [--array URI | --group URI | --org NAME]</c> (<c>cancel_invite_to_*</c>). With the id alone
/// the invitation is looked up among those the caller can see, and its target read from it.
/// </summary>
internal static class InvitesCancelCommand
{
    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Invitation id (see `tdbw invites list`)", "invitation-id");
        var array = new Option<string?>("--array") { Description = "The array the invitation is for" };
        var group = new Option<string?>("--group") { Description = "The group the invitation is for" };
        var org = new Option<string?>("--org", "--organization") { Description = "The organization the invitation is for" };
        const string help = "Cancel an invitation; with the id alone its array, group or organization is looked up\n\n"
            + "Examples:\n  tdbw invites cancel 3f2a...\n  tdbw invites cancel 3f2a... --array tiledb://demo/readings";
        return host.Command("cancel", help, [id, array, group, org], async (ctx, ct) =>
        {
            var targets = new[] { ctx.Get(array), ctx.Get(group), ctx.Get(org) }.Count(t => !string.IsNullOrEmpty(t));
            if (targets > 1)
            {
                throw new UsageException("pass at most one of --array, --group and --org");
            }

            var invitation = ctx.Get(id)!;
            using var client = ctx.CreateCloudClient();
            if (targets == 0)
            {
                var target = await InvitationTarget.FindAsync(client, invitation, ct).ConfigureAwait(false);
                await target.CancelAsync(client, invitation, ct).ConfigureAwait(false);
                ctx.Output.Success($"Cancelled invitation {invitation} to {target.Name}");
                return ExitCodes.Success;
            }

            string what;
            if (ctx.Get(array) is { Length: > 0 } a)
            {
                var uri = Values.Uri(a);
                await client.Invitations.CancelArrayInvitationAsync(uri, invitation, ct).ConfigureAwait(false);
                what = uri.ToString();
            }
            else if (ctx.Get(group) is { Length: > 0 } g)
            {
                var uri = Values.Uri(g);
                await client.Invitations.CancelGroupInvitationAsync(uri, invitation, ct).ConfigureAwait(false);
                what = uri.ToString();
            }
            else
            {
                what = ctx.Get(org)!;
                await client.Invitations.CancelOrganizationInvitationAsync(what, invitation, ct).ConfigureAwait(false);
            }

            ctx.Output.Success($"Cancelled invitation {invitation} to {what}");
            return ExitCodes.Success;
        });
    }
}
