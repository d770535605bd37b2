using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TileDbWorkflows.Hosting;
using TileDbWorkflows.Hosting.Telemetry;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Worker.Health;
using TileDbWorkflows.Worker.Security;

namespace TileDbWorkflows.Worker.Hosting;

/// <summary>
/// The worker's composition in one place, shared by Program.cs and the tests (which run the real host on real
/// sockets): configuration, the Durable Task sidecar, API key protection, health. Callers add their queue
/// listeners, scheduled jobs and routes between <see cref="CreateBuilder"/> and <see cref="Build"/>, and after.
/// </summary>
public static class WorkerApplication
{
    /// <summary>The liveness probe (also at <see cref="WorkerHealthChecks.LivePath"/>; readiness at <see cref="WorkerHealthChecks.ReadyPath"/>).</summary>
    public const string HealthPath = WorkerHealthChecks.LegacyPath;

    /// <param name="args">Command-line arguments (they override appsettings.json and environment variables).</param>
    /// <param name="registerTasks">Adds the orchestrators and activities this worker runs.</param>
    public static WebApplicationBuilder CreateBuilder(string[] args, Action<DurableTaskRegistry> registerTasks)
    {
        // appsettings.json sits beside the binary: started from any directory (scripts, containers, tests that run
        // the dll), the worker must still read its defaults, such as the log filters, rather than the caller's folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        var http = builder.Configuration.GetSection(WorkerHttpOptions.SectionName).Get<WorkerHttpOptions>() ?? new WorkerHttpOptions();
        if (!IPAddress.TryParse(http.HttpHost, out var bindAddress))
        {
            throw new InvalidOperationException($"Worker:HttpHost '{http.HttpHost}' is not an IP address.");
        }
        if (http.HttpPort is < 0 or > 65535)
        {
            throw new InvalidOperationException($"Worker:HttpPort {http.HttpPort} is out of range.");
        }
        // HTTP/1.1 and HTTP/2 for the API; the sidecar gets its own HTTP/2-only loopback endpoint.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(bindAddress, http.HttpPort));

        builder.AddDurableTaskSidecar(registerTasks);
        builder.Services.AddWorkflowTelemetry(builder.Configuration);
        builder.Services.AddWorkerApiKeyAuthentication();
        builder.Services.AddInMemoryDataProtection();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The task hub's storage connection (Durable:ConnectionString, else the one Durable:Connection names).
        builder.Services.AddWorkerReadinessChecks(
            builder.Configuration,
            builder.Configuration[$"{DurableBackendOptions.SectionName}:{nameof(DurableBackendOptions.Connection)}"] is { Length: > 0 } connection
                ? connection
                : AppSettings.AzureWebJobsStorage,
            builder.Configuration[$"{DurableBackendOptions.SectionName}:{nameof(DurableBackendOptions.ConnectionString)}"]);
        return builder;
    }

    /// <summary>Builds the app with authentication, authorization, the health endpoint and the sidecar mapped.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        // Open for load balancers and orchestrators' probes; they reveal each check's state, nothing more.
        app.MapWorkerHealthChecks();
        app.MapDurableTaskSidecar();
        return app;
    }

    /// <summary>The API's base address once started (resolves a dynamic port; skips the sidecar's endpoint).</summary>
    public static Uri HttpAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var sidecar = app.Services.GetRequiredService<DurableSidecarInfo>();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.Select(a => new Uri(a)).FirstOrDefault(uri => uri.Port != sidecar.Port)
            ?? throw new InvalidOperationException("The HTTP endpoint is not bound yet; start the app first.");
        // A wildcard bind reports 0.0.0.0 or [::], which clients cannot dial: use loopback.
        return address.Host is "0.0.0.0" or "[::]" ? new UriBuilder(address) { Host = "127.0.0.1" }.Uri : address;
    }
}
