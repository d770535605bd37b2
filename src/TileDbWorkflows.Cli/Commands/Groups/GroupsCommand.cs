using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Commands.Groups;

/// <summary><c>tdbw groups ...</c>.</summary>
internal static class GroupsCommand
{
    public static Command Create(CliHost host) => new("groups", "List, inspect, create, register and share groups")
    {
        GroupsListCommand.Create(host, "list", ListScope.Owned, "List groups you own (tiledb.cloud.list_groups)"),
        GroupsListCommand.Create(host, "shared", ListScope.Shared, "List groups shared with you (list_shared_groups)"),
        GroupsListCommand.Create(host, "public", ListScope.Public, "List public groups (list_public_groups)"),
        GroupsInfoCommand.Create(host),
        GroupsMembersCommand.Create(host),
        GroupsRegisterCommand.Create(host),
        GroupsDeregisterCommand.Create(host),
        GroupsCreateCommand.Create(host),
        GroupsShareCommand.Create(host),
        GroupsUnshareCommand.Create(host),
        GroupsSharedWithCommand.Create(host),
    };
}
