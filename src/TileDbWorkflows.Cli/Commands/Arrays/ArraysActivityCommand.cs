using System.CommandLine;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays activity URI</c> (<c>tiledb.cloud.array_activity</c>).</summary>
internal static class ArraysActivityCommand
{
    public static Command Create(CliHost host)
    {
        var uri = CommonOptions.Uri();
        var start = new Option<string?>("--start") { Description = "From this time: ISO date or relative (7d, 12h); server default is the last 7 days" };
        var end = new Option<string?>("--end") { Description = "Until this time: ISO date or relative" };
        var taskId = new Option<string?>("--task-id") { Description = "Only events of this task" };
        var command = new Command("activity", "Show array activity") { uri, start, end, taskId };
        host.SetAction(command, async (ctx, ct) =>
        {
            var target = Values.Uri(ctx.Get(uri)!);
            var filter = new ArrayActivityFilter
            {
                Start = Values.Date(ctx.Get(start), ctx.Env.Time),
                End = Values.Date(ctx.Get(end), ctx.Env.Time),
                TaskId = ctx.Get(taskId),
            };
            using var client = ctx.CreateCloudClient();
            var events = await client.Arrays.GetActivityAsync(target, filter, ct).ConfigureAwait(false);
            if (ctx.Json)
            {
                ctx.WriteJson(new ListEnvelope<ArrayActivityLog>(events, null));
                return ExitCodes.Success;
            }

            ctx.Output.Table(
                ["Time", "User", "Action", "Task", "Bytes sent", "Bytes received"],
                events.Select(e => new[]
                {
                    Output.Date(e.EventAt), e.Username, e.Action is { } act ? WireNames.ToWire(act) : null, e.ArrayTaskId,
                    Output.Bytes(e.BytesSent), Output.Bytes(e.BytesReceived),
                }));
            ctx.Output.Line(Paging.Footer(events.Count, "event", null));
            return ExitCodes.Success;
        });
        return command;
    }
}
