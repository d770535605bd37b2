using Azure.Core;
using Azure.Identity;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Storage;
using TileDbWorkflows.Workflows;

namespace TileDbWorkflows.Functions.Hosting;

/// <summary>The app's services, apart from the Functions and durable plumbing that <c>Program.cs</c> sets up.</summary>
public static class FunctionsAppServiceCollectionExtensions
{
    /// <summary>
    /// Registers the TileDB Cloud client (section <c>TileDb</c>), the workflows' services and options (sections
    /// <c>Workflows</c> and <c>Sweep</c>, through <see cref="WorkflowsServiceCollectionExtensions.AddTileDbWorkflows"/>),
    /// the credential for identity-based storage and, when a connection string is configured, Application Insights.
    /// Kept out of <c>Program.cs</c> so a test can build it.
    /// </summary>
    public static IServiceCollection AddTileDbWorkflowsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // The client's options validate at start and mask the token in ToString; nothing here logs them.
        services.AddTileDbCloud(configuration.GetSection(AppSettings.TileDbSection));
        // The token travels in a request header; should anyone turn HttpClient logging up to Trace, headers stay redacted.
        services.AddHttpClient(TileDbCloudClient.HttpClientName).RedactLoggedHeaders(_ => true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTileDbWorkflows(configuration);
        services.AddTileDbWorkflowsStorage(configuration);

        // In Azure, storage is identity-based (AzureWebJobsStorage__accountName/__clientId, no key): the sweep's blob
        // client uses this credential then. It does nothing until asked for a token, so local runs on Azurite never touch it.
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = configuration[AppSettings.ConfigurationKey(AppSettings.AzureWebJobsStorageClientId)],
        }));

        // Optional so local runs and tests need no telemetry endpoint; in Azure the setting comes with the resource.
        if (!string.IsNullOrWhiteSpace(configuration[AppSettings.ApplicationInsightsConnectionString]))
        {
            services.AddApplicationInsightsTelemetryWorkerService();
            services.ConfigureFunctionsApplicationInsights();
        }
        return services;
    }
}
