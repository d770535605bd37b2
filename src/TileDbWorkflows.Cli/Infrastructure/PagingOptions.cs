using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// <c>--page</c>, <c>--per-page</c> and <c>--all</c>, which every paged listing has, and the one way they fetch: every
/// page with <c>--all</c>, else the page asked for with the server's paging beside it.
/// </summary>
internal sealed class PagingOptions
{
    public Option<int?> Page { get; } = CommonOptions.Page();

    public Option<int?> PerPage { get; } = CommonOptions.PerPage();

    public Option<bool> All { get; } = CommonOptions.All();

    public IEnumerable<Symbol> Symbols => [Page, PerPage, All];

    public async Task<(IReadOnlyList<T> Items, PaginationMetadata? Meta)> FetchAsync<T>(
        CliContext ctx, Func<IAsyncEnumerable<T>> everyPage, Func<Task<PagedResult<T>>> onePage)
    {
        if (ctx.Get(All))
        {
            var list = new List<T>();
            await foreach (var item in everyPage().ConfigureAwait(false))
            {
                list.Add(item);
            }

            return (list, null);
        }

        var result = await onePage().ConfigureAwait(false);
        return (result.Items, result.Pagination);
    }
}
