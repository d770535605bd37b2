using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites array URI RECIPIENT... --actions READ,WRITE</c> (<c>invites.invite_to_array</c>).</summary>
internal static class InvitesArrayCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var recipients = new RecipientOptions();
        var actions = CommonOptions.List("--actions", "READ, WRITE, EDIT, READ_ARRAY_LOGS, READ_ARRAY_INFO, READ_ARRAY_SCHEMA");
        actions.Required = true;
        return host.Command("array", "Invite users or emails to an array", [uri, .. recipients.Symbols, actions], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var who = recipients.Collect(ctx);
            var granted = Values.Enums<ArrayAction>(ctx.Get(actions), "array action");
            var result = await ctx.Cloud.Invitations.InviteToArrayAsync(target, who, granted, ct).ConfigureAwait(false);
            return InvitationResults.Show(ctx, target.ToString(), result);
        });
    }
}
