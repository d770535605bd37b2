using System.Globalization;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Bench.Hosting;

/// <summary>
/// A worker as the Worker project hosts it (its own <c>AddDurableTaskSidecar</c>: gRPC sidecar, backend, worker and
/// client in one process) running the shipped tasks plus the naive ones, with the TileDB client on the emulator.
/// Only two things differ from a deployed worker: the in-memory backend is swapped for a counting subclass (same
/// caps), and Azure Storage idle polling backs off to 1 s instead of 30 s (see <see cref="MaxQueuePollingInterval"/>).
/// </summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    /// <summary>
    /// The shipped default (30 s) lets an idle queue poller sleep up to 30 s before it sees the run's first message,
    /// a start-up delay unrelated to throughput; 1 s keeps that below the measurement's noise for both durable ways.
    /// </summary>
    public static readonly TimeSpan MaxQueuePollingInterval = TimeSpan.FromSeconds(1);

    private readonly WebApplication app;

    private WorkerHost(WebApplication app, HistoryCounter counter)
    {
        this.app = app;
        Counter = counter;
    }

    public DurableTaskClient Client => app.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>History events per instance (in-memory backend only; Azure Storage is read with <see cref="OrchestrationServiceClient"/>).</summary>
    public HistoryCounter Counter { get; }

    public IOrchestrationServiceClient OrchestrationServiceClient => app.Services.GetRequiredService<IOrchestrationServiceClient>();

    public WorkflowOptions Workflows => app.Services.GetRequiredService<IOptions<WorkflowOptions>>().Value;

    public DurableBackendOptions Durable => app.Services.GetRequiredService<IOptions<DurableBackendOptions>>().Value;

    public static async Task<WorkerHost> StartAsync(WorkerHostSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var config = new Dictionary<string, string?>
        {
            ["Durable:Backend"] = settings.Backend.ToString(),
            ["Durable:TaskHubName"] = settings.TaskHubName,
            ["Durable:MaxQueuePollingInterval"] = MaxQueuePollingInterval.ToString("c", CultureInfo.InvariantCulture),
            // The Worker's appsettings.json (copied next to this program) logs every HTTP call and activity at
            // Information: four console lines per TileDB call would measure the console, not the workflow.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.DurableTask.Worker.Activities"] = "Error",
        };
        if (settings.StorageConnectionString is { } storage)
        {
            config["Durable:ConnectionString"] = storage;
            config["Sweep:ConnectionString"] = storage;
        }
        builder.Configuration.AddInMemoryCollection(config);
        if (settings.Overrides is { Count: > 0 } overrides)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        builder.AddDurableTaskSidecar(registry =>
        {
            WorkflowTasks.Register(registry);
            NaiveTasks.Register(registry);
        });
        var counter = new HistoryCounter();
        if (settings.Backend == DurableBackend.InMemory)
        {
            // Registered last, so it wins over the Worker's own in-memory service (same caps, plus the count).
            builder.Services.AddSingleton<IOrchestrationService>(sp =>
            {
                var durable = sp.GetRequiredService<IOptions<DurableBackendOptions>>().Value;
                return new CountingInMemoryOrchestrationService(
                    sp.GetRequiredService<ILoggerFactory>(), durable.MaxConcurrentActivities, durable.MaxConcurrentOrchestrations, counter);
            });
        }
        builder.Services.AddTileDbCloud(o =>
        {
            o.ServerAddress = settings.TileDbAddress.ToString();
            o.ApiToken = BenchWorld.Token;
            o.UseConfigFile = false;
        });
        builder.Services.AddTileDbWorkflows(builder.Configuration);

        var app = builder.Build();
        app.MapDurableTaskSidecar();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new WorkerHost(app, counter);
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            try
            {
                await app.StopAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A run abandoned at its timeout may leave work in flight; the process moves on regardless.
            }
        }
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
