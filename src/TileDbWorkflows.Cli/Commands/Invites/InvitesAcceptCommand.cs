using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites accept ID</c> (<c>invites.accept_invitation</c>).</summary>
internal static class InvitesAcceptCommand
{
    public static Command Create(CliHost host)
    {
        var id = new Argument<string>("invitation-id") { Description = "Invitation id" };
        var command = new Command("accept", "Accept an invitation addressed to you") { id };
        host.SetAction(command, async (ctx, ct) =>
        {
            using var client = ctx.CreateCloudClient();
            await client.Invitations.AcceptAsync(ctx.Get(id)!, ct).ConfigureAwait(false);
            ctx.Output.Success($"Accepted invitation {ctx.Get(id)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
