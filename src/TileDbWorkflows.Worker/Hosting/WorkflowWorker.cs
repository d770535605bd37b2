using TileDbWorkflows.Hosting;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Worker.Console;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Worker.Health;
using TileDbWorkflows.Worker.Http;
using TileDbWorkflows.Worker.Queues;
using TileDbWorkflows.Worker.Scheduling;
using TileDbWorkflows.Worker.Triggers;
using TileDbWorkflows.Workflows;

namespace TileDbWorkflows.Worker.Hosting;

/// <summary>
/// The whole worker as Program.cs runs it: the hosting of <see cref="WorkerApplication"/> plus the workflows, the
/// TileDB Cloud client, the HTTP routes, the bulk-invitations queue and the sweep schedule. In one place so the tests
/// start exactly what production starts.
/// </summary>
public static class WorkflowWorker
{
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">For tests: last changes to the services (e.g. an in-memory trace exporter).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WorkerApplication.CreateBuilder(args, WorkflowTasks.Register);
        AddWorkflows(builder);
        configure?.Invoke(builder);
        var app = WorkerApplication.Build(builder);
        app.MapWorkflowRoutes();
        app.MapOperationsConsole();
        LogTriggers(app);
        return app;
    }

    /// <summary>Registers the workflows' services and, when a storage account is configured, the queue and cron triggers.</summary>
    public static WebApplicationBuilder AddWorkflows(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        services.AddWorkflowHostServices(configuration);
        services.AddHealthChecks().AddCached<TileDbHealthCheck>("tiledb");

        if (HasStorage(configuration, BulkInvitationsQueueHandler.SectionPath))
        {
            services.AddQueueListener<BulkInvitationsQueueHandler>(
                BulkInvitationsQueueHandler.SectionPath,
                (options, config) => options.QueueName = config[AppSettings.BulkInvitationsQueue] is { Length: > 0 } name
                    ? name
                    : AppSettings.DefaultBulkInvitationsQueue);
            services.PostConfigure<QueueListenerOptions>(BulkInvitationsQueueHandler.SectionPath, options =>
                options.ConnectionString ??= DurableFallback(configuration, options.Connection));
        }
        if (HasStorage(configuration, $"Schedules:{SweepScheduleJob.JobName}"))
        {
            // Registered first, so SweepSchedule and then Schedules:Sweep:Schedule override the default.
            services.Configure<ScheduledJobOptions>(SweepScheduleJob.JobName, options =>
                options.Schedule = AppSettings.DefaultSweepSchedule);
            services.AddScheduledJob<SweepScheduleJob>(SweepScheduleJob.JobName, scheduleSetting: AppSettings.SweepSchedule);
            services.PostConfigure<ScheduledJobOptions>(SweepScheduleJob.JobName, options =>
                options.ConnectionString ??= DurableFallback(configuration, options.Connection));
        }
        return builder;
    }

    /// <summary>
    /// Whether the queue listener or cron of <paramref name="section"/> has a storage account: its own
    /// <c>ConnectionString</c>, else <c>AzureWebJobsStorage</c> (as in Functions), else the durable backend's.
    /// Without one (the in-memory demo without Azurite) the HTTP workflows still run; the triggers stay off.
    /// </summary>
    internal static bool HasStorage(IConfiguration configuration, string section) =>
        StorageConnectionResolver.IsConfigured(
            configuration, configuration[$"{section}:Connection"] is { Length: > 0 } name ? name : AppSettings.AzureWebJobsStorage, configuration[$"{section}:ConnectionString"])
        || !string.IsNullOrWhiteSpace(configuration[$"{DurableBackendOptions.SectionName}:ConnectionString"]);

    // A trigger whose own connection is not set uses the task hub's explicit connection string, as it always did.
    private static string? DurableFallback(ConfigurationManager configuration, string connection) =>
        StorageConnectionResolver.IsConfigured(configuration, connection)
            ? null
            : configuration[$"{DurableBackendOptions.SectionName}:ConnectionString"];

    private static void LogTriggers(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkflowWorker));
        var configuration = app.Configuration;
        if (!HasStorage(configuration, BulkInvitationsQueueHandler.SectionPath))
        {
            WorkerLog.QueueOff(logger, AppSettings.BulkInvitationsQueue);
        }
        if (!HasStorage(configuration, $"Schedules:{SweepScheduleJob.JobName}"))
        {
            WorkerLog.ScheduleOff(logger, AppSettings.SweepSchedule);
        }
        var tileDbAddress = configuration[AppSettings.ConfigurationKey(AppSettings.TileDbServerAddress)] ?? "(from cloud.json / TILEDB_REST_HOST, else the global address)";
        var hasToken = !string.IsNullOrEmpty(configuration[AppSettings.ConfigurationKey(AppSettings.TileDbApiToken)]);
        WorkerLog.TileDbTarget(logger, tileDbAddress, hasToken);
    }
}
