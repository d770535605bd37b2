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
        var start = CommonOptions.Start("From this time: ISO date or relative (7d, 12h); server default is the last 7 days");
        var end = CommonOptions.End("Until this time: ISO date or relative");
        var taskId = new Option<string?>("--task-id") { Description = "Only events of this task" };
        return host.Command("activity", "Show array activity", [uri, start, end, taskId], async (ctx, ct) =>
        {
            var target = ctx.GetUri(uri);
            var filter = new ArrayActivityFilter
            {
                Start = Values.Date(ctx.Get(start), ctx.Env.Time),
                End = Values.Date(ctx.Get(end), ctx.Env.Time),
                TaskId = ctx.Get(taskId),
            };
            var events = await ctx.Cloud.Arrays.GetActivityAsync(target, filter, ct).ConfigureAwait(false);
            return ctx.EmitList(
                events,
                null,
                ["Time", "User", "Action", "Task", "Bytes sent", "Bytes received"],
                e => [Output.Date(e.EventAt), e.Username, e.Action is { } act ? WireNames.ToWire(act) : null, e.ArrayTaskId, Output.Bytes(e.BytesSent), Output.Bytes(e.BytesReceived)],
                "event");
        });
    }
}
