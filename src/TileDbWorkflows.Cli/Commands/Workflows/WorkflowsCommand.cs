using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Workflows;

/// <summary><c>tdbw workflows ...</c>: read and control workflow instances on a running worker or Functions app.</summary>
internal static class WorkflowsCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("workflows", "List, inspect, watch and control workflows on a worker")
        {
            WorkflowsListCommand.Create(host),
            WorkflowsStatusCommand.Create(host),
            WorkflowsWatchCommand.Create(host),
            WorkflowsReportCommand.Create(host),
            WorkflowsControlCommand.Create(host, "terminate", "Terminate a running workflow"),
            WorkflowsControlCommand.Create(host, "suspend", "Suspend a running workflow"),
            WorkflowsControlCommand.Create(host, "resume", "Resume a suspended workflow"),
        };
        command.Options.Add(host.Globals.Endpoint);
        command.Options.Add(host.Globals.Key);
        return command;
    }
}
