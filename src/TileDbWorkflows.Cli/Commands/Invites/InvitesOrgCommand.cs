using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites org ORGANIZATION RECIPIENT... --role READ_WRITE</c> (<c>invites.invite_to_organization</c>).</summary>
internal static class InvitesOrgCommand
{
    public static Command Create(CliHost host)
    {
        var organization = new Argument<string>("organization") { Description = "Organization name" };
        var recipients = new RecipientOptions();
        var role = new Option<string>("--role") { Description = "OWNER, ADMIN, READ_WRITE or READ_ONLY", DefaultValueFactory = _ => "READ_ONLY" };
        return host.Command("org", "Invite users or emails to an organization", [organization, .. recipients.Symbols, role], async (ctx, ct) =>
        {
            var org = ctx.Get(organization)!;
            var who = recipients.Collect(ctx);
            var granted = Values.Enum<OrganizationRole>(ctx.Get(role)!, "role");
            var result = await ctx.Cloud.Invitations.InviteToOrganizationAsync(org, who, granted, cancellationToken: ct).ConfigureAwait(false);
            return InvitationResults.Show(ctx, org, result);
        });
    }
}
