using Spectre.Console;
using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Tasks;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary>
/// <c>tdbw tasks wait ID</c>: polls the task until it ends, with a live status line on a terminal and one line
/// per status change elsewhere (logs, CI). Exit code 0 only when the task completed.
/// </summary>
internal static class TasksWaitCommand
{
    public static Command Create(CliHost host)
    {
        var id = CommonOptions.Id("Task id");
        var timeout = CommonOptions.Timeout("Give up after this long (90s, 10m, 2h); default: wait until the task ends");
        return host.Command("wait", "Wait for a task to finish; exit code 0 only if it completed", [id, timeout], async (ctx, ct) =>
        {
            using var client = ctx.CreateCloudClient();
            return await WaitAsync(ctx, client, ctx.Get(id)!, Values.Duration(ctx.Get(timeout)), ct).ConfigureAwait(false);
        });
    }

    /// <summary>Polls <paramref name="taskId"/> until it ends (or <paramref name="limit"/> passes); 0 only when it completed.</summary>
    public static async Task<int> WaitAsync(CliContext ctx, TileDbCloudClient client, string taskId, TimeSpan? limit, CancellationToken ct)
    {
        var time = ctx.Env.Time;
        var started = time.GetTimestamp();

        async Task<ArrayTask> PollAsync(Action<ArrayTask> report)
        {
            while (true)
            {
                var task = await client.Tasks.GetAsync(taskId, ct).ConfigureAwait(false);
                report(task);
                if (TaskView.IsFinal(task.Status))
                {
                    return task;
                }

                if (limit is { } l && time.GetElapsedTime(started) >= l)
                {
                    throw new CliException($"timed out after {l} waiting for task {taskId} (still {TaskView.Status(task)})");
                }

                await Task.Delay(ctx.Env.PollInterval, time, ct).ConfigureAwait(false);
            }
        }

        ArrayTask final;
        if (ctx.Env.IsTerminal && !ctx.Json)
        {
            final = await ctx.Out.Status().StartAsync($"waiting for task {taskId}", status => PollAsync(task =>
                status.Status($"task {taskId}: {TaskView.Status(task)} ({time.GetElapsedTime(started):mm\\:ss})"))).ConfigureAwait(false);
        }
        else
        {
            string? last = null;
            final = await PollAsync(task =>
            {
                var now = TaskView.Status(task);
                if (now != last && !ctx.Json)
                {
                    ctx.Output.Line($"task {taskId}: {now}");
                }

                last = now;
            }).ConfigureAwait(false);
        }

        if (ctx.Json)
        {
            ctx.WriteJson(final);
        }

        if (final.Status == ArrayTaskStatus.Completed)
        {
            if (!ctx.Json)
            {
                ctx.Output.Success($"task {taskId} completed in {(final.Duration is { } ns ? TaskView.Duration(ns) : TaskView.Elapsed(time.GetElapsedTime(started)))}");
            }

            return ExitCodes.Success;
        }

        ctx.Output.Error($"task {taskId} ended {TaskView.Status(final)}{(final.StatusMessage is { Length: > 0 } m ? ": " + m : string.Empty)}");
        return ExitCodes.Failure;
    }
}
