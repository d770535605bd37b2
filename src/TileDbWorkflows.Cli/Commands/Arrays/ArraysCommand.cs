using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays ...</c>.</summary>
internal static class ArraysCommand
{
    public static Command Create(CliHost host) => new("arrays", "List, inspect, register and share arrays")
    {
        ArraysListCommand.Create(host, "list", ListScope.Owned, "List arrays you own (tiledb.cloud.list_arrays)"),
        ArraysListCommand.Create(host, "shared", ListScope.Shared, "List arrays shared with you (list_shared_arrays)"),
        ArraysListCommand.Create(host, "public", ListScope.Public, "List public arrays (list_public_arrays)"),
        ArraysInfoCommand.Create(host),
        ArraysActivityCommand.Create(host),
        ArraysRegisterCommand.Create(host),
        ArraysDeregisterCommand.Create(host),
        ArraysShareCommand.Create(host),
        ArraysUnshareCommand.Create(host),
        ArraysSharedWithCommand.Create(host),
    };
}
