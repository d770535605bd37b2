using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TileDbWorkflows.Cloud;
using TileDbWorkflows.Storage;
using TileDbWorkflows.Workflows;

namespace TileDbWorkflows.Hosting;

/// <summary>The services every host of the workflows registers, whatever triggers it adds on top.</summary>
public static class WorkflowHostServices
{
    /// <summary>
    /// The TileDB Cloud client (section <c>TileDb</c>) with its logged headers redacted, the clock, and the workflows'
    /// services and options (sections <c>Workflows</c> and <c>Sweep</c>, through
    /// <see cref="WorkflowsServiceCollectionExtensions.AddTileDbWorkflows"/>), and the document store on Blob Storage.
    /// </summary>
    public static IServiceCollection AddWorkflowHostServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // The client's options validate at start and mask the token in ToString; nothing here logs them.
        services.AddTileDbCloud(configuration.GetSection(AppSettings.TileDbSection));
        // The token travels in a request header; should anyone turn HttpClient logging up to Trace, headers stay redacted.
        services.AddHttpClient(TileDbCloudClient.HttpClientName).RedactLoggedHeaders(_ => true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTileDbWorkflows(configuration);
        if (string.IsNullOrWhiteSpace(configuration[AppSettings.AzureWebJobsStorage]) && string.IsNullOrWhiteSpace(configuration["Sweep:ConnectionString"])
            && configuration.GetSection(AppSettings.AzureWebJobsStorage).GetChildren().All(c => string.IsNullOrWhiteSpace(c.Value)))
        {
            // No storage account at all (the in-memory demo and tests): payloads, manifests and reports live in memory
            // with the in-memory task hub. A host with any storage setting keeps Blob Storage.
            services.AddInMemoryTileDbWorkflowsStorage(holdsManifests: false);
        }
        services.AddTileDbWorkflowsStorage(configuration);
        return services;
    }
}
