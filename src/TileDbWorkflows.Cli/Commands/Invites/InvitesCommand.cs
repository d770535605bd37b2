using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Invites;

/// <summary><c>tdbw invites ...</c>.</summary>
internal static class InvitesCommand
{
    public static Command Create(CliHost host) => new("invites", "Invite users to arrays, groups and organizations")
    {
        InvitesArrayCommand.Create(host),
        InvitesGroupCommand.Create(host),
        InvitesOrgCommand.Create(host),
        InvitesCancelCommand.Create(host),
        InvitesAcceptCommand.Create(host),
        InvitesListCommand.Create(host),
        InvitesBulkCommand.Create(host),
    };
}
