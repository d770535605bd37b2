using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Tasks;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary><c>tdbw tasks list</c> (<c>tiledb.cloud.fetch_tasks</c>).</summary>
internal static class TasksListCommand
{
    public static Command Create(CliHost host)
    {
        var array = new Option<string?>("--array") { Description = "Only tasks on this array (tiledb:// URI)" };
        var ns = CommonOptions.Namespace("Only tasks in this namespace");
        var status = new Option<string?>("--status") { Description = "RUNNING, FAILED, COMPLETED, QUEUED, ..." };
        var start = CommonOptions.Start("From: ISO date or relative like 90d, 12h");
        var end = CommonOptions.End("Until: ISO date or relative");
        var type = new Option<string?>("--type") { Description = "SQL, UDF, GENERIC_UDF, QUERY, ..." };
        var createdBy = new Option<string?>("--created-by") { Description = "Only tasks of this user" };
        var search = CommonOptions.Search();
        var paging = new PagingOptions();
        return host.Command("list", "List tasks", [array, ns, status, start, end, type, createdBy, search, .. paging.Symbols], async (ctx, ct) =>
        {
            var filter = new TaskListFilter
            {
                Array = ctx.Get(array) is { } a ? Values.Uri(a) : null,
                Namespace = ctx.Get(ns),
                Status = ctx.Get(status) is { } s ? Values.Enum<ArrayTaskStatus>(s, "status") : null,
                Start = Values.Date(ctx.Get(start), ctx.Env.Time),
                End = Values.Date(ctx.Get(end), ctx.Env.Time),
                Type = ctx.Get(type) is { } t ? Values.Enum<ArrayTaskType>(t, "task type") : null,
                CreatedBy = ctx.Get(createdBy),
                Search = ctx.Get(search),
                Page = ctx.Get(paging.Page),
                PerPage = ctx.Get(paging.PerPage),
            };
            var (items, meta) = await paging.FetchAsync(
                ctx, () => ctx.Cloud.Tasks.ListAllAsync(filter, ct), () => ctx.Cloud.Tasks.ListAsync(filter, ct)).ConfigureAwait(false);
            return ctx.EmitList(items, meta, TaskView.Headers, TaskView.Row, "task");
        });
    }
}
