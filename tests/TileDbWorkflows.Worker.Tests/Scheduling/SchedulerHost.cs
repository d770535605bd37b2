using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Worker.Scheduling;

namespace TileDbWorkflows.Worker.Tests.Scheduling;

/// <summary>One scheduler "process": its own host and claimant identity, sharing storage and fake time with the others.</summary>
internal sealed class SchedulerHost : IAsyncDisposable
{
    private readonly IHost host;
    private bool stopped;

    private SchedulerHost(IHost host) => this.host = host;

    public DateTimeOffset? WaitingFor =>
        host.Services.GetServices<IHostedService>().OfType<ScheduledJobService<RecordingJob>>().Single().WaitingFor;

    public static async Task<SchedulerHost> StartAsync(
        string name, string connectionString, string container, string schedule, FakeTimeProvider time, JobRuns runs,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            // The same setting name as the Functions app's timer trigger.
            ["SweepSchedule"] = schedule,
            ["Schedules:Sweep:ContainerName"] = container,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(runs);
        builder.Services.AddSingleton(new SchedulerInstance(name));
        builder.Services.AddScheduledJob<RecordingJob>("Sweep", scheduleSetting: "SweepSchedule");
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHost(host);
    }

    /// <summary>Stops without waiting for a running job: the process is gone.</summary>
    public async Task KillAsync()
    {
        stopped = true;
        try
        {
            await host.StopAsync(new CancellationToken(canceled: true));
        }
        catch (OperationCanceledException)
        {
            // Expected: nothing was allowed to finish.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await host.StopAsync(timeout.Token);
        }
        host.Dispose();
    }
}
