using System.Collections.Concurrent;
using TileDbWorkflows.Worker.Scheduling;

namespace TileDbWorkflows.Worker.Tests.Scheduling;

public sealed record JobRun(string Instance, DateTimeOffset Occurrence, DateTimeOffset RanAt);

/// <summary>Shared by every scheduler instance of a test, so runs across "processes" can be counted together.</summary>
public sealed class JobRuns
{
    public ConcurrentQueue<JobRun> Runs { get; } = new();

    /// <summary>When set, a run by this instance blocks until released (a claimant that hangs or dies mid-run).</summary>
    public string? HangingInstance { get; set; }

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed class SchedulerInstance(string name)
{
    public string Name { get; } = name;
}

public sealed class RecordingJob(JobRuns runs, SchedulerInstance instance, TimeProvider time) : IScheduledJob
{
    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        runs.Runs.Enqueue(new JobRun(instance.Name, occurrence, time.GetUtcNow()));
        if (runs.HangingInstance == instance.Name)
        {
            // Ignores cancellation on purpose: a dead process does not clean up either.
            await runs.Release.Task;
        }
    }
}
