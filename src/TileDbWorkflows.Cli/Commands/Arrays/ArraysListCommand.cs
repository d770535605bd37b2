using TileDbWorkflows.Cli.Infrastructure;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Commands.Arrays;

/// <summary><c>tdbw arrays list|shared|public</c> with every filter of the Python listing functions.</summary>
internal static class ArraysListCommand
{
    public static Command Create(CliHost host, string name, ListScope scope, string description)
    {
        var ns = CommonOptions.Namespace("Only this namespace (user or organization)");
        var permissions = CommonOptions.List("--permissions", "Permission filter: read, write, read_write, admin; only the first is sent, as in Python");
        var search = CommonOptions.Search();
        var tags = CommonOptions.List("--tag", "Only arrays with these tags");
        var excludeTags = CommonOptions.List("--exclude-tag", "Skip arrays with these tags");
        var fileTypes = CommonOptions.List("--file-type", "Asset kinds: file, notebook, ml_model, user_defined_function, registered_task_graph");
        var excludeFileTypes = CommonOptions.List("--exclude-file-type", "Asset kinds to skip");
        var orderBy = CommonOptions.OrderBy("Sort order, e.g. name or size");
        var sharedTo = CommonOptions.List("--shared-to", "Shared listing only: namespaces the arrays are shared to");
        var paging = new PagingOptions();
        Symbol[] scopeOptions = scope == ListScope.Shared ? [sharedTo] : [];
        return host.Command(name, description, [ns, permissions, search, tags, excludeTags, fileTypes, excludeFileTypes, orderBy, .. paging.Symbols, .. scopeOptions], async (ctx, ct) =>
        {
            var filter = new ArrayListFilter
            {
                Namespace = ctx.Get(ns),
                Permissions = Values.List(ctx.Get(permissions)) is [var first, ..] ? first : null,
                Search = ctx.Get(search),
                Tags = Values.ListOrNull(ctx.Get(tags)),
                ExcludeTags = Values.ListOrNull(ctx.Get(excludeTags)),
                FileTypes = Values.Enums<FileType>(ctx.Get(fileTypes), "file type") is { Count: > 0 } ft ? ft : null,
                ExcludeFileTypes = Values.Enums<FileType>(ctx.Get(excludeFileTypes), "file type") is { Count: > 0 } eft ? eft : null,
                OrderBy = ctx.Get(orderBy),
                SharedTo = scope == ListScope.Shared ? Values.ListOrNull(ctx.Get(sharedTo)) : null,
                Page = ctx.Get(paging.Page),
                PerPage = ctx.Get(paging.PerPage),
            };
            var (items, meta) = await paging.FetchAsync(
                ctx, () => ctx.Cloud.Arrays.ListAllAsync(scope, filter, ct), () => ctx.Cloud.Arrays.ListAsync(scope, filter, ct)).ConfigureAwait(false);
            return ctx.EmitList(items, meta, ArrayRows.Headers, ArrayRows.Row, "array");
        });
    }
}
