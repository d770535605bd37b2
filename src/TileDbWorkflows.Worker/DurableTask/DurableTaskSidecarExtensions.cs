using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Storage;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Worker.Drain;
using TileDbWorkflows.Worker.Hosting;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Hosts the Durable Task engine in this process: the gRPC sidecar (<see cref="TaskHubGrpcServer"/>) on its own
/// loopback HTTP/2 endpoint over the configured backend, plus a worker and a client that talk to it over gRPC.
/// </summary>
public static class DurableTaskSidecarExtensions
{
    /// <summary>
    /// Registers the sidecar, its backend (<see cref="DurableBackendOptions"/>, section <c>Durable</c>), the worker
    /// running the tasks <paramref name="registerTasks"/> adds, and a <see cref="DurableTaskClient"/>.
    /// Call <see cref="MapDurableTaskSidecar"/> after building the app.
    /// </summary>
    public static WebApplicationBuilder AddDurableTaskSidecar(
        this WebApplicationBuilder builder,
        Action<DurableTaskRegistry> registerTasks)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(registerTasks);
        var services = builder.Services;

        services.AddOptions<DurableBackendOptions>()
            // The Functions app's setting names first, so one settings file serves both hosts; Durable:* wins.
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (configuration[AppSettings.TaskHubName] is { } hub && !string.IsNullOrWhiteSpace(hub))
                {
                    options.TaskHubName = hub;
                }
            })
            .BindConfiguration(DurableBackendOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DurableBackendOptions>, DurableBackendOptionsValidator>();
        services.AddStorageConnections(builder.Configuration);

        // Read directly: Kestrel's endpoints and the channels' address are fixed before options exist.
        var configuredPort = builder.Configuration.GetValue<int?>($"{DurableBackendOptions.SectionName}:{nameof(DurableBackendOptions.GrpcPort)}") ?? 0;
        var port = configuredPort > 0 ? configuredPort : PickFreeLoopbackPort();
        var sidecar = new DurableSidecarInfo(
            port,
            WorkerIdentity.New());
        services.AddSingleton(sidecar);

        // gRPC without TLS needs an HTTP/2-only endpoint; loopback only, since the sidecar has no authentication.
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, sidecar.Port, listen => listen.Protocols = HttpProtocols.Http2));

        services.AddSingleton<IOrchestrationService>(sp => CreateOrchestrationService(sp, sidecar));
        // Both backends implement the client side too; the sidecar needs the same instance for both roles.
        services.AddSingleton(sp => (IOrchestrationServiceClient)sp.GetRequiredService<IOrchestrationService>());
        services.AddGrpc();
        services.AddSingleton<TaskHubGrpcServer>();

        // SIGTERM drain: stop taking work, let what is short finish, hand the rest back (Worker:DrainTimeout).
        services.AddOptions<DrainOptions>().BindConfiguration(DrainOptions.SectionName)
            .Validate(drain => drain.DrainTimeout >= TimeSpan.Zero && drain.DrainTimeout <= TimeSpan.FromMinutes(5), "Worker:DrainTimeout must be between 00:00:00 and 00:05:00.")
            .ValidateOnStart();
        services.TryAddSingleton<DrainSignal>();
        services.AddHostedService<WorkerDrain>();

        // Registered before the worker so the task hub exists before anything polls it.
        services.AddHostedService<TaskHubStartup>();

        var address = sidecar.Address.ToString();
        services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(address);
            worker.AddTasks(registerTasks);
        });
        services.AddDurableTaskClient(client => client.UseGrpc(address));

        // One process holds sidecar, worker and listeners: stopping them one after another takes the whole
        // 30 s shutdown timeout on SIGTERM; concurrently it takes about a second.
        services.Configure<HostOptions>(host => host.ServicesStopConcurrently = true);

        // The sidecar logs every gRPC call at Information; the storage provider is as chatty (host.json agrees).
        builder.Logging.AddFilter("Microsoft.DurableTask.Sidecar", LogLevel.Warning);
        builder.Logging.AddFilter("Grpc.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("DurableTask.AzureStorage", LogLevel.Warning);
        builder.Logging.AddFilter("DurableTask.Core", LogLevel.Warning);
        return builder;
    }

    /// <summary>
    /// Maps the sidecar's gRPC service onto its loopback port only (not the public HTTP port). It is exempt from
    /// the API key because the worker in this process is its only intended caller and the port is loopback.
    /// </summary>
    public static WebApplication MapDurableTaskSidecar(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var sidecar = app.Services.GetRequiredService<DurableSidecarInfo>();
        app.MapGrpcService<TaskHubGrpcServer>()
            .RequireHost(string.Create(CultureInfo.InvariantCulture, $"*:{sidecar.Port}"))
            .AllowAnonymous();
        return app;
    }

    private static IOrchestrationService CreateOrchestrationService(IServiceProvider services, DurableSidecarInfo sidecar)
    {
        var options = services.GetRequiredService<IOptions<DurableBackendOptions>>().Value;
        var loggerFactory = services.GetRequiredService<ILoggerFactory>();
        return options.Backend switch
        {
            // Wrapped: see the adapter for what the sidecar hands this provider that it cannot take as it is.
            DurableBackend.AzureStorage => new AzureStorageSidecarAdapter(new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
            {
                TaskHubName = options.TaskHubName,
                StorageAccountClientProvider = TaskHubStorage(services.GetRequiredService<StorageConnectionResolver>().Resolve(options.Connection, options.ConnectionString)),
                MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
                MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
                PartitionCount = options.PartitionCount,
                MaxQueuePollingInterval = options.MaxQueuePollingInterval,
                // One knob for failover: renewals and takeover attempts at a third of the lease, as the defaults are.
                LeaseInterval = options.PartitionLeaseInterval,
                LeaseRenewInterval = options.PartitionLeaseInterval / 3,
                LeaseAcquireInterval = options.PartitionLeaseInterval / 3,
                ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
                WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
                // A start refused as a duplicate must say so: silently doing nothing lets the caller believe it started it.
                ThrowExceptionOnInvalidDedupeStatus = true,
                WorkerId = sidecar.WorkerId,
                LoggerFactory = loggerFactory,
            }), options.ControlQueueVisibilityTimeout, options.WorkItemQueueVisibilityTimeout, loggerFactory.CreateLogger<AzureStorageSidecarAdapter>(),
                services.GetRequiredService<DrainSignal>()),
            _ => new ConcurrentInMemoryOrchestrationService(
                loggerFactory, options.MaxConcurrentActivities, options.MaxConcurrentOrchestrations),
        };
    }

    /// <summary>
    /// The task hub's blob, queue and table clients on the resolved connection: from its connection string, or from its
    /// three endpoints with its credential (identity-based: the provider then never sees a key), with the host's client
    /// settings applied to each (<see cref="StorageConnection.Configure"/>).
    /// </summary>
    internal static StorageAccountClientProvider TaskHubStorage(StorageConnection connection)
    {
        var blobOptions = connection.Configure(new Azure.Storage.Blobs.BlobClientOptions());
        var queueOptions = connection.Configure(new Azure.Storage.Queues.QueueClientOptions());
        var tableOptions = connection.Configure(new Azure.Data.Tables.TableClientOptions());
        // A connection has a credential exactly when it has no connection string.
        if (connection.Credential is not { } credential)
        {
            var connectionString = connection.ConnectionString!;
            return new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connectionString, blobOptions),
                StorageServiceClientProvider.ForQueue(connectionString, queueOptions),
                StorageServiceClientProvider.ForTable(connectionString, tableOptions));
        }
        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(connection.Require(connection.BlobServiceUri, "blobServiceUri"), credential, blobOptions),
            StorageServiceClientProvider.ForQueue(connection.Require(connection.QueueServiceUri, "queueServiceUri"), credential, queueOptions),
            StorageServiceClientProvider.ForTable(connection.Require(connection.TableServiceUri, "tableServiceUri"), credential, tableOptions));
    }

    private static int PickFreeLoopbackPort()
    {
        // Released before Kestrel binds it; a lost race fails start-up loudly ("address in use"), never silently.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
