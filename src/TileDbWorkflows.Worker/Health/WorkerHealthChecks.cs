using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TileDbWorkflows.Storage;
using TileDbWorkflows.Storage.Connections;

namespace TileDbWorkflows.Worker.Health;

/// <summary>
/// The worker's probes: <see cref="LivePath"/> (the process serves HTTP; restart it when this fails),
/// <see cref="ReadyPath"/> (storage, the sidecar and TileDB Cloud answer; send no work while this fails) and the older
/// <see cref="LegacyPath"/>, kept as the liveness probe it always was. Checks are cached for <see cref="CacheFor"/> and
/// time out after <see cref="CheckTimeout"/>; answers name each check and its state, never an exception or a secret.
/// </summary>
public static class WorkerHealthChecks
{
    public const string LegacyPath = "/healthz";
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";

    /// <summary>Checks that decide readiness carry this tag.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Short enough that a stopped dependency shows within seconds, long enough that probes stay cheap.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);

    /// <summary>A probe must answer before the orchestrator's own probe timeout (Container Apps: 1-5 s).</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Adds the sidecar check, and the storage check when the connection <paramref name="connectionName"/> (or
    /// <paramref name="connectionString"/>) is configured, in either form: identity-based, the probe checks the
    /// identity's access too.
    /// </summary>
    public static IHealthChecksBuilder AddWorkerReadinessChecks(
        this IServiceCollection services, IConfiguration configuration, string connectionName, string? connectionString)
    {
        var checks = services.AddHealthChecks();
        checks.AddCached<SidecarHealthCheck>("sidecar");
        if (StorageConnectionResolver.IsConfigured(configuration, connectionName, connectionString))
        {
            services.AddStorageConnections(configuration);
            // No SDK retries: a probe wants the state now, and the next probe is the retry.
            services.AddKeyedSingleton(nameof(StorageHealthCheck), (sp, _) => sp.GetRequiredService<StorageConnectionResolver>()
                .Resolve(connectionName, connectionString)
                .CreateBlobServiceClient(new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = CheckTimeout } }));
            var cache = new HealthResultCache();
            checks.Add(new HealthCheckRegistration(
                "storage",
                sp => new CachedHealthCheck(
                    cache,
                    new StorageHealthCheck(sp.GetRequiredKeyedService<BlobServiceClient>(nameof(StorageHealthCheck))),
                    sp.GetRequiredService<TimeProvider>()),
                HealthStatus.Unhealthy,
                [ReadyTag],
                CheckTimeout));
        }
        return checks;
    }

    /// <summary>Adds <typeparamref name="TCheck"/> (built from DI) as a cached readiness check.</summary>
    public static IHealthChecksBuilder AddCached<TCheck>(this IHealthChecksBuilder checks, string name)
        where TCheck : class, IHealthCheck
    {
        ArgumentNullException.ThrowIfNull(checks);
        var cache = new HealthResultCache();
        return checks.Add(new HealthCheckRegistration(
            name,
            sp => new CachedHealthCheck(cache, ActivatorUtilities.CreateInstance<TCheck>(sp), sp.GetRequiredService<TimeProvider>()),
            HealthStatus.Unhealthy,
            [ReadyTag],
            CheckTimeout));
    }

    /// <summary>Maps the three probe paths, open to anonymous callers (probes carry no key).</summary>
    public static WebApplication MapWorkerHealthChecks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Liveness keeps the plain "Healthy" answer /healthz always gave.
        var live = new HealthCheckOptions { Predicate = _ => false };
        app.MapHealthChecks(LegacyPath, live).AllowAnonymous();
        app.MapHealthChecks(LivePath, live).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
