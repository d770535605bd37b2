using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Tasks;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary>
/// <c>tdbw tasks last-sql|last-udf</c>. The Python client's <c>last_sql_task()</c> remembers the id in process
/// memory, which a CLI (one process per command, and it submits nothing itself) never has. So tdbw asks the
/// server instead: your most recent SQL (or UDF) task by start time.
/// </summary>
internal static class TasksLastCommand
{
    private static readonly ArrayTaskType[] UdfTypes = [ArrayTaskType.Udf, ArrayTaskType.GenericUdf, ArrayTaskType.BatchUdf];

    public static Command Create(CliHost host, bool sql)
    {
        var kind = sql ? "SQL" : "UDF";
        var description = $"Show your most recent {kind} task (asked from the server: unlike the Python client, a CLI keeps no memory of submissions)";
        return host.Command(sql ? "last-sql" : "last-udf", description, [], async (ctx, ct) =>
        {
            var me = await ctx.Cloud.Users.GetProfileAsync(ct).ConfigureAwait(false);
            var types = sql ? [ArrayTaskType.Sql] : UdfTypes;
            ArrayTask? latest = null;
            foreach (var type in types)
            {
                var page = await ctx.Cloud.Tasks.ListAsync(new TaskListFilter { Type = type, CreatedBy = me.Username, PerPage = 100 }, ct).ConfigureAwait(false);
                // Pick by start time rather than trusting the server's default order.
                foreach (var task in page.Items)
                {
                    if (latest is null || (task.StartTime ?? DateTimeOffset.MinValue) > (latest.StartTime ?? DateTimeOffset.MinValue))
                    {
                        latest = task;
                    }
                }
            }

            if (latest is null)
            {
                throw new CliException($"no {kind} task found for {me.Username}");
            }

            return ctx.Emit(latest, () => TaskView.Details(ctx.Output, latest));
        });
    }
}
