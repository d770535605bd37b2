using Microsoft.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Tasks;

/// <summary>
/// Waits for TileDB tasks on durable timers: polls all pending ids in one activity, waits with exponential backoff
/// (capped by <see cref="WorkflowOptions.TaskPollMaxInterval"/>) until each ends or the deadline passes, and starts a
/// fresh generation with <c>ContinueAsNew</c> every <see cref="WorkflowOptions.TaskWatchPollsPerGeneration"/> polls so the
/// history stays short. The deadline is fixed from the orchestration clock on the first run and carried in the checkpoint.
/// A task of a known step that ends RESOURCES_UNAVAILABLE is submitted again, up to
/// <see cref="WorkflowOptions.TaskResubmitMaxAttempts"/> submissions.
/// </summary>
[DurableTask(nameof(TaskWatchOrchestrator))]
public sealed class TaskWatchOrchestrator : TaskOrchestrator<TaskWatchInput, WorkflowReport>
{
    public const string Phase = "tasks";

    public override async Task<WorkflowReport> RunAsync(TaskOrchestrationContext context, TaskWatchInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = await Durable.LoadSettingsAsync(context);
        var deadline = input.DeadlineUtc ?? context.CurrentUtcDateTime + (input.Request.Timeout ?? settings.TaskWatchTimeout);
        var pending = (input.Pending ?? input.Request.TaskIds.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()).ToList();
        var finished = input.Finished.ToList();
        var steps = (input.Steps ?? []).ToDictionary(s => s.TaskId, StringComparer.OrdinalIgnoreCase);
        var polls = input.Polls;
        var progress = WorkflowProgress.Start((Phase, pending.Count + finished.Count)).Advance(Phase, finished);
        context.SetCustomStatus(progress);

        var generationPolls = 0;
        while (pending.Count > 0)
        {
            var statuses = await Durable.CallAsync<IReadOnlyList<TaskPollResult>>(context, settings, nameof(PollTasksActivity), pending, "polling TileDB tasks");
            polls++;
            generationPolls++;
            var still = new List<string>();
            var done = new List<ItemResult>();
            foreach (var status in statuses)
            {
                var step = steps.GetValueOrDefault(status.TaskId);
                if (!TaskStatuses.IsTerminal(status.Status))
                {
                    still.Add(status.TaskId);
                }
                else if (status.Status == TaskStatuses.ResourcesUnavailable && step is not null && step.Attempt < settings.TaskResubmitMaxAttempts)
                {
                    var next = step with { Attempt = step.Attempt + 1 };
                    var submitted = await Durable.CallAsync<SubmittedTask>(
                        context, settings, nameof(SubmitTaskActivity), new TaskSubmission(step.Namespace, step.Key, step.Spec, next.Attempt), $"resubmitting task '{step.Spec.Name}'");
                    if (submitted.TaskId is null)
                    {
                        done.Add(ItemResult.Failed(Phase, Label(status.TaskId, step), $"{TaskStatuses.ResourcesUnavailable}, and resubmitting failed: {submitted.Error}"));
                        continue;
                    }
                    steps.Remove(status.TaskId);
                    steps[submitted.TaskId] = next with { TaskId = submitted.TaskId };
                    still.Add(submitted.TaskId);
                }
                else
                {
                    done.Add(ToResult(status, step));
                }
            }
            finished.AddRange(done);
            progress = progress.Advance(Phase, done);
            context.SetCustomStatus(progress);
            pending = still;
            if (pending.Count == 0)
            {
                break;
            }

            var now = context.CurrentUtcDateTime;
            if (now >= deadline)
            {
                var last = statuses.ToDictionary(s => s.TaskId, s => s.Status, StringComparer.OrdinalIgnoreCase);
                var expired = pending.Select(id => ItemResult.Failed(Phase, Label(id, steps.GetValueOrDefault(id)),
                    $"deadline passed ({deadline:yyyy-MM-dd'T'HH:mm:ss'Z'}) while the task was {last.GetValueOrDefault(id, TaskStatuses.Queued)}")).ToArray();
                finished.AddRange(expired);
                context.SetCustomStatus(progress.Advance(Phase, expired));
                break;
            }

            var wake = now + PollDelay(settings, polls);
            await context.CreateTimer(wake < deadline ? wake : deadline, CancellationToken.None);
            if (generationPolls >= settings.TaskWatchPollsPerGeneration)
            {
                // A fresh history with the checkpoint; the deadline stays the one fixed on the first run.
                context.ContinueAsNew(input with { Pending = pending, Finished = finished, Polls = polls, DeadlineUtc = deadline, Steps = steps.Values.ToArray() });
                return new WorkflowReport(nameof(TaskWatchOrchestrator), DryRun: false, []);
            }
        }
        return new WorkflowReport(nameof(TaskWatchOrchestrator), DryRun: false, finished);
    }

    /// <summary>The wait after poll number <paramref name="polls"/> (1-based): first interval times coefficient^(polls-1), capped.</summary>
    public static TimeSpan PollDelay(WorkflowOptions settings, int polls)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factor = Math.Pow(settings.TaskPollBackoffCoefficient, Math.Max(0, polls - 1));
        var ticks = settings.TaskPollInterval.Ticks * factor;
        return ticks >= settings.TaskPollMaxInterval.Ticks || double.IsInfinity(ticks)
            ? settings.TaskPollMaxInterval
            : TimeSpan.FromTicks((long)ticks);
    }

    public static ItemResult ToResult(TaskPollResult status, TaskStep? step)
    {
        ArgumentNullException.ThrowIfNull(status);
        var item = Label(status.TaskId, step);
        var message = string.IsNullOrWhiteSpace(status.Message) ? string.Empty : ": " + status.Message;
        return status.Status switch
        {
            TaskStatuses.Completed => ItemResult.Created(Phase, item, TaskStatuses.Completed),
            TaskStatuses.ResourcesUnavailable when step is not null =>
                ItemResult.Failed(Phase, item, $"{TaskStatuses.ResourcesUnavailable} after {step.Attempt} submission(s){message}"),
            TaskStatuses.NotFound => ItemResult.Failed(Phase, item, "task not found" + message),
            _ => ItemResult.Failed(Phase, item, status.Status + message),
        };
    }

    private static string Label(string taskId, TaskStep? step) => step is null ? taskId : $"{step.Spec.Name} ({taskId})";
}
