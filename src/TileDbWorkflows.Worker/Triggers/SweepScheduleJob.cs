using Microsoft.DurableTask.Client;
using TileDbWorkflows.Worker.Scheduling;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Worker.Triggers;

/// <summary>
/// The nightly registration sweep on the cron schedule of <c>SweepSchedule</c> (the Functions app's setting). The
/// scheduler hands over the claimed occurrence, which names the instance, so even a duplicate run starts one sweep.
/// </summary>
internal sealed class SweepScheduleJob(WorkflowApi api, DurableTaskClient client) : IScheduledJob
{
    public const string JobName = "Sweep";

    public Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken) =>
        api.StartScheduledSweepAsync(client, occurrence, cancellationToken);
}
