using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Lists every array registered in the namespace, all pages. File arrays, notebooks and other typed assets are left
/// out: a registration manifest is about plain arrays, and pruning must never touch the others.
/// </summary>
[DurableTask(nameof(ListRegisteredArraysActivity))]
public sealed class ListRegisteredArraysActivity(ITileDbCloudClient client) : TaskActivity<string, IReadOnlyList<RegisteredArray>>
{
    public const int PageSize = 100;

    public override async Task<IReadOnlyList<RegisteredArray>> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        var list = new List<RegisteredArray>();
        return await CloudErrors.RejectingCredentialsAsync<IReadOnlyList<RegisteredArray>>(async () =>
        {
            await foreach (var a in client.Arrays.ListAllAsync(ListScope.Owned, new ArrayListFilter { Namespace = input, PerPage = PageSize }).ConfigureAwait(false))
            {
                if (a.Name is null || !string.Equals(a.Namespace, input, StringComparison.OrdinalIgnoreCase) || a.FileType is not (null or FileType.Unknown))
                {
                    continue;
                }
                list.Add(new RegisteredArray(a.Name, a.Uri, a.Description, a.Tags));
            }
            return list;
        }).ConfigureAwait(false);
    }
}
