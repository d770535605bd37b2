using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>Reads the status of each task id (read-only, so any number of repeats is harmless).</summary>
[DurableTask(nameof(PollTasksActivity))]
public sealed class PollTasksActivity(ITileDbCloudClient client) : TaskActivity<IReadOnlyList<string>, IReadOnlyList<TaskPollResult>>
{
    public override async Task<IReadOnlyList<TaskPollResult>> RunAsync(TaskActivityContext context, IReadOnlyList<string> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<TaskPollResult>(input.Count);
        foreach (var id in input)
        {
            try
            {
                var task = await client.Tasks.GetAsync(id).ConfigureAwait(false);
                results.Add(new TaskPollResult(id, task.Status is { } s ? WireNames.ToWire(s) : TaskStatuses.Unknown, task.StatusMessage));
            }
            catch (TileDbCloudException ex) when (CloudErrors.IsCredentials(ex))
            {
                throw CloudErrors.Translate(ex);
            }
            catch (TileDbCloudException ex) when (CloudErrors.IsPermanent(ex))
            {
                results.Add(new TaskPollResult(id, TaskStatuses.NotFound, CloudErrors.Describe(ex)));
            }
        }
        return results;
    }
}
