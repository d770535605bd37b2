using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary><c>tdbw tasks ...</c>.</summary>
internal static class TasksCommand
{
    public static Command Create(CliHost host) => new("tasks", "Submit, list, inspect and wait for TileDB Cloud tasks")
    {
        TasksListCommand.Create(host),
        TasksGetCommand.Create(host),
        TasksLastCommand.Create(host, sql: true),
        TasksLastCommand.Create(host, sql: false),
        TasksWaitCommand.Create(host),
        TasksSubmitCommand.Create(host, sql: true),
        TasksSubmitCommand.Create(host, sql: false),
        TasksWatchCommand.Create(host),
    };
}
