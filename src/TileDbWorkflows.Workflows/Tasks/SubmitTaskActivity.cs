using Microsoft.DurableTask;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Cloud.Json;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>
/// Submits a follow-up SQL query or registered UDF under a name derived from the plan, after looking for a task of that
/// name: a retried activity finds its own submission, and a second onboarding run finds the first run's task (still
/// queued, running or completed) instead of running it again.
/// </summary>
[DurableTask(nameof(SubmitTaskActivity))]
public sealed class SubmitTaskActivity(ITileDbCloudClient client) : TaskActivity<TaskSubmission, SubmittedTask>
{
    public override async Task<SubmittedTask> RunAsync(TaskActivityContext context, TaskSubmission input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var earlier = await FindEarlierAsync(input).ConfigureAwait(false);
            if (earlier is not null)
            {
                return new SubmittedTask(earlier.Id, Reused: true, earlier.Status is { } s ? WireNames.ToWire(s) : TaskStatuses.Unknown);
            }
            var result = input.Spec.Sql is not null
                ? await client.Tasks.SubmitSqlAsync(input.Namespace, new SqlSubmission { Name = input.TaskName, Query = input.Spec.Sql }).ConfigureAwait(false)
                : await client.Tasks.SubmitGenericUdfAsync(input.Namespace, new GenericUdfSubmission { UdfInfoName = input.Spec.Udf, TaskName = input.TaskName }).ConfigureAwait(false);
            return result.TaskId is null
                ? new SubmittedTask(null, Reused: false, null, "TileDB accepted the submission but returned no task id")
                : new SubmittedTask(result.TaskId, Reused: false, TaskStatuses.Queued);
        }
        catch (TileDbCloudException ex) when (CloudErrors.IsCredentials(ex))
        {
            throw CloudErrors.Translate(ex);
        }
        catch (TileDbCloudException ex) when (CloudErrors.IsPermanent(ex))
        {
            return new SubmittedTask(null, Reused: false, null, CloudErrors.Describe(ex));
        }
    }

    private async Task<ArrayTask?> FindEarlierAsync(TaskSubmission input)
    {
        ArrayTask? best = null;
        var filter = new TaskListFilter { Namespace = input.Namespace, Search = input.Key, PerPage = 100 };
        await foreach (var task in client.Tasks.ListAllAsync(filter).ConfigureAwait(false))
        {
            var matches = input.Attempt <= 1
                ? task.Name is { } n && (n == input.Key || n.StartsWith(input.Key + "#", StringComparison.Ordinal))
                : task.Name == input.TaskName;
            if (!matches)
            {
                continue;
            }
            // For a first attempt only a run that may still succeed (or did) counts; a failed one is run again.
            var usable = input.Attempt > 1 || task.Status is ArrayTaskStatus.Queued or ArrayTaskStatus.Running or ArrayTaskStatus.Completed;
            if (usable && (best is null || (task.StartTime ?? DateTimeOffset.MinValue) > (best.StartTime ?? DateTimeOffset.MinValue)))
            {
                best = task;
            }
        }
        return best;
    }
}
