using System.Globalization;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Bench.Naive;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Workflows;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Triggers;

namespace TileDbWorkflows.Bench.Hosting;

/// <summary>
/// A worker as the Worker project hosts it (its own <c>AddDurableTaskSidecar</c>: gRPC sidecar, backend, worker and
/// client in one process) running the shipped tasks plus the naive ones, with the TileDB client on the emulator.
/// Only two things differ from a deployed worker: the in-memory backend records history sizes (same class and
/// caps), and Azure Storage idle polling backs off to 1 s instead of 30 s (see <see cref="MaxQueuePollingInterval"/>).
/// </summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    /// <summary>
    /// The shipped default (30 s) lets an idle queue poller sleep up to 30 s before it sees the run's first message,
    /// a start-up delay unrelated to throughput; 1 s keeps that below the measurement's noise for both durable ways.
    /// </summary>
    public static readonly TimeSpan MaxQueuePollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>What the bench sets <c>Workflows:MaxParallelActivities</c> to unless overridden: the worker's activity slots.</summary>
    public const int BenchMaxParallelActivities = 16;

    private readonly WebApplication app;

    private WorkerHost(WebApplication app) => this.app = app;

    public DurableTaskClient Client => app.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>History events per instance (in-memory backend only; Azure Storage is read with <see cref="OrchestrationServiceClient"/>).</summary>
    public IReadOnlyDictionary<string, int> HistorySizes() =>
        new Dictionary<string, int>(((ConcurrentInMemoryOrchestrationService)app.Services.GetRequiredService<IOrchestrationService>()).MaxHistoryEvents, StringComparer.Ordinal);

    public IOrchestrationServiceClient OrchestrationServiceClient => app.Services.GetRequiredService<IOrchestrationServiceClient>();

    public WorkflowOptions Workflows => app.Services.GetRequiredService<IOptions<WorkflowOptions>>().Value;

    /// <summary>The host's start path, as the HTTP routes use it.</summary>
    public WorkflowApi Api => app.Services.GetRequiredService<WorkflowApi>();

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
            ["TileDb:ServerAddress"] = settings.TileDbAddress.ToString(),
            ["TileDb:ApiToken"] = BenchWorld.Token,
            ["TileDb:UseConfigFile"] = "false",
            // The Worker's appsettings.json (copied next to this program) logs every HTTP call and activity at
            // Information: four console lines per TileDB call would measure the console, not the workflow.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.DurableTask.Worker.Activities"] = "Error",
            // Issue 14: batches in flight up to the worker's activity slots (16), the capacity the limit runs at.
            // Shipped default: 4. --set overrides it.
            ["Workflows:MaxParallelActivities"] = BenchMaxParallelActivities.ToString(CultureInfo.InvariantCulture),
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
        // A clock of this run's own: the client's limiter for the bench token starts fresh in every worker (see RunClock).
        builder.Services.AddSingleton<TimeProvider>(new RunClock());
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        builder.AddDurableTaskSidecar(registry =>
        {
            WorkflowTasks.Register(registry);
            NaiveTasks.Register(registry);
        });
        if (settings.Backend == DurableBackend.InMemory)
        {
            // Registered last, so it wins over the Worker's own in-memory service: the same class and caps, with the count on.
            builder.Services.AddSingleton<IOrchestrationService>(sp =>
            {
                var durable = sp.GetRequiredService<IOptions<DurableBackendOptions>>().Value;
                return new ConcurrentInMemoryOrchestrationService(
                    sp.GetRequiredService<ILoggerFactory>(), durable.MaxConcurrentActivities, durable.MaxConcurrentOrchestrations, recordHistorySizes: true);
            });
        }
        // The hosts' own registrations (client from the TileDb section, workflows, the document store: Blob Storage
        // where a storage setting exists, memory where none does), as the Worker and the Functions app make them.
        builder.Services.AddWorkflowHostServices(builder.Configuration);

        var app = builder.Build();
        app.MapDurableTaskSidecar();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new WorkerHost(app);
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
