using Azure.Core;
using Microsoft.Extensions.Azure;
using TileDbWorkflows.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using TileDbWorkflows.Hosting.Telemetry;
using TileDbWorkflows.Workflows;

namespace TileDbWorkflows.Functions.Hosting;

/// <summary>The app's services, apart from the Functions and durable plumbing that <c>Program.cs</c> sets up.</summary>
public static class FunctionsAppServiceCollectionExtensions
{
    /// <summary>
    /// Registers what every host registers (<see cref="WorkflowHostServices.AddWorkflowHostServices"/>: the TileDB Cloud
    /// client, the workflows' services and options, through <see cref="WorkflowsServiceCollectionExtensions.AddTileDbWorkflows"/>),
    /// then the credential for identity-based storage and OpenTelemetry (exported to Application Insights when a connection string is configured).
    /// Kept out of <c>Program.cs</c> so a test can build it.
    /// </summary>
    public static IServiceCollection AddTileDbWorkflowsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddWorkflowHostServices(configuration);

        // Storage connections (identity-based in Azure: AzureWebJobsStorage__accountName/__credential/__clientId) get their
        // credential from the settings through StorageConnectionResolver. The same credential of AzureWebJobsStorage is the
        // app's TokenCredential for any other Azure client; it does nothing until asked for a token, so Azurite runs never touch it.
        services.AddStorageConnections(configuration);
        services.TryAddSingleton<TokenCredential>(sp =>
            sp.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(configuration.GetSection(AppSettings.AzureWebJobsStorage)));

        // The worker's telemetry (same sources, meter and exporters: Azure Monitor only with the connection string, which
        // infra/ sets; OTLP only with OTEL_EXPORTER_OTLP_ENDPOINT), plus the Functions worker's own spans and resource.
        // host.json's "telemetryMode": "OpenTelemetry" makes the host leave export to this process.
        services.AddWorkflowTelemetry(configuration).UseFunctionsWorkerDefaults();
        return services;
    }
}
