using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites accept ID</c> (<c>invites.accept_invitation</c>).</summary>
internal static class InvitesAcceptCommand
{
    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Invitation id", "invitation-id");
        return host.Command("accept", "Accept an invitation addressed to you", [id], async (ctx, ct) =>
        {
            await ctx.Cloud.Invitations.AcceptAsync(ctx.Get(id)!, ct).ConfigureAwait(false);
            ctx.Output.Success($"Accepted invitation {ctx.Get(id)}");
            return ExitCodes.Success;
        });
    }
}
