using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Tasks;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary>
/// <c>tdbw tasks sql QUERY</c> and <c>tdbw tasks udf NAMESPACE/NAME</c> (<c>sql.exec_async</c>, <c>udf.exec_async</c>):
/// submit, print the task id, and with <c>--wait</c> wait for it as <c>tasks wait</c> does.
/// </summary>
internal static class TasksSubmitCommand
{
    public static Command Create(CliHost host, bool sql)
    {
        var what = sql
            ? new Argument<string>("query") { Description = "The SQL query" }
            : new Argument<string>("udf") { Description = "A registered UDF, namespace/name" };
        var ns = CommonOptions.Namespace("Namespace the task runs (and is charged) in (default: yours)");
        var name = new Option<string?>("--name") { Description = "Task name, shown in `tdbw tasks list`" };
        var argument = new Option<string?>("--argument") { Description = "The UDF's argument, as JSON (udf only)" };
        var output = new Option<string?>("--output-uri") { Description = "Array to write the results to (sql only)" };
        var wait = new Option<bool>("--wait") { Description = "Wait for the task to end; exit code 0 only if it completed" };
        var timeout = CommonOptions.Timeout("With --wait: give up after this long (90s, 10m, 2h)");
        var help = sql
            ? "Submit a SQL query as a TileDB task\n\nExamples:\n  tdbw tasks sql \"select count(*) from `tiledb://demo/readings`\" --wait\n  tdbw tasks sql \"select 1\" --namespace demo --name nightly-check"
            : "Run a registered UDF as a TileDB task\n\nExamples:\n  tdbw tasks udf demo/summarize --argument '{\"days\":7}' --wait\n  tdbw tasks udf TileDB-Inc/hello --namespace demo";
        Symbol[] symbols = sql ? [what, ns, name, output, wait, timeout] : [what, ns, name, argument, wait, timeout];
        return host.Command(sql ? "sql" : "udf", help, symbols, async (ctx, ct) =>
        {
            using var client = ctx.CreateCloudClient();
            var owner = ctx.Get(ns) ?? (await client.Users.GetProfileAsync(ct).ConfigureAwait(false)).Username
                ?? throw new UsageException("pass --namespace: your profile names no namespace");
            var result = sql
                ? await client.Tasks.SubmitSqlAsync(owner, new SqlSubmission { Query = ctx.Get(what), Name = ctx.Get(name), OutputUri = ctx.Get(output) }, ct).ConfigureAwait(false)
                : await client.Tasks.SubmitGenericUdfAsync(owner, new GenericUdfSubmission { UdfInfoName = ctx.Get(what), TaskName = ctx.Get(name), Argument = ctx.Get(argument) }, ct).ConfigureAwait(false);
            var id = result.TaskId ?? throw new CliException($"TileDB Cloud accepted the {(sql ? "query" : "UDF")} ({(int)result.StatusCode}) but returned no task id");
            if (ctx.Get(wait))
            {
                if (!ctx.Json)
                {
                    ctx.Output.Line($"Submitted task {id}");
                }

                return await TasksWaitCommand.WaitAsync(ctx, client, id, Values.Duration(ctx.Get(timeout)), ct).ConfigureAwait(false);
            }

            return ctx.Emit(new SubmittedTaskView(id, owner), () =>
                ctx.Output.Success($"Submitted task {id} in {owner}; follow it with: tdbw tasks wait {id}"));
        });
    }
}
