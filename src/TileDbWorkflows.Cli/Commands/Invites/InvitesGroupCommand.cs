using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Groups;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites group URI RECIPIENT... --array-actions READ --group-actions WRITE</c> (<c>invites.invite_to_group</c>).</summary>
internal static class InvitesGroupCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var recipients = new RecipientOptions();
        var arrayActions = CommonOptions.List("--array-actions", "READ, WRITE, EDIT, READ_ARRAY_LOGS, READ_ARRAY_INFO, READ_ARRAY_SCHEMA");
        var groupActions = CommonOptions.List("--group-actions", "READ, WRITE, EDIT");
        return host.Command("group", "Invite users or emails to a group", [uri, .. recipients.Symbols, arrayActions, groupActions], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var who = recipients.Collect(ctx);
            var arrays = Values.Enums<ArrayAction>(ctx.Get(arrayActions), "array action");
            var groups = Values.Enums<GroupAction>(ctx.Get(groupActions), "group action");
            if (arrays.Count == 0 && groups.Count == 0)
            {
                throw new UsageException("pass --array-actions, --group-actions or both");
            }
            var result = await ctx.Cloud.Invitations.InviteToGroupAsync(target, who, arrays, groups, ct).ConfigureAwait(false);
            return InvitationResults.Show(ctx, target.ToString(), result);
        });
    }
}
