using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Storage.AzureBlob;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Storage.InMemory;
using TileDbWorkflows.Workflows.Storage;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Storage;

/// <summary>The one registration every host calls for the workflows' document store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBlobDocumentStore"/> on Azure Blob Storage, its client through the Azure client factory,
    /// connected as <see cref="BlobStorageConnection"/> says. Pass the root configuration: the connection is looked up
    /// by name in it. A store registered before (e.g. <see cref="AddInMemoryTileDbWorkflowsStorage"/>) is kept.
    /// </summary>
    public static IServiceCollection AddTileDbWorkflowsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddStorageConnections(configuration);
        services.AddAzureClients(clients => clients
            .AddClient<BlobServiceClient, BlobClientOptions>((options, provider) =>
                BlobStorageConnection.Create(provider.GetRequiredService<IOptions<SweepOptions>>().Value, configuration, provider, options))
            .WithName(AzureBlobDocumentStore.ClientName));
        services.TryAddSingleton<IBlobDocumentStore, AzureBlobDocumentStore>();
        services.TryAddSingleton(provider =>
            BlobStorageConnection.Status(provider.GetRequiredService<IOptions<SweepOptions>>().Value, configuration, provider));
        return services;
    }

    /// <summary>
    /// Registers the one <see cref="StorageConnectionResolver"/> every storage use of a host resolves its connection with
    /// (and Microsoft.Extensions.Azure's component factory, which builds credentials from settings), reading connections
    /// from <paramref name="configuration"/>, else from the container's <see cref="IConfiguration"/>. The first registration wins.
    /// </summary>
    public static IServiceCollection AddStorageConnections(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAzureClientsCore();
        services.TryAddSingleton(provider => new StorageConnectionResolver(
            configuration ?? provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<AzureComponentFactory>(),
            provider.GetService<StorageClientOverrides>()));
        return services;
    }

    /// <summary>Registers an <see cref="InMemoryBlobDocumentStore"/> (replacing any store registered before) and returns it.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="holdsManifests">
    /// True where someone fills the store with sweep manifests (tests); false for a host's fallback when it has no
    /// storage account: payloads live in memory, but a sweep would find nothing to reconcile, so it stays refused.
    /// </param>
    public static InMemoryBlobDocumentStore AddInMemoryTileDbWorkflowsStorage(this IServiceCollection services, bool holdsManifests = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = new InMemoryBlobDocumentStore();
        services.Replace(ServiceDescriptor.Singleton<IBlobDocumentStore>(store));
        if (holdsManifests)
        {
            services.Replace(ServiceDescriptor.Singleton(BlobStorageStatus.Configured));
        }
        return store;
    }
}
