using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Storage.Connections;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Storage;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Storage.AzureBlob;

/// <summary>
/// Builds the store's <see cref="BlobServiceClient"/> from the settings the sweep has always read (the sweep was the
/// store's first user, so deployed settings keep working): <c>Sweep:ConnectionString</c>, else the connection named by
/// <c>Sweep:ConnectionName</c> (default <c>AzureWebJobsStorage</c>) in either form <see cref="StorageConnectionResolver"/>
/// accepts (a connection string, or identity-based endpoints and credential).
/// </summary>
public static class BlobStorageConnection
{
    public static BlobServiceClient Create(SweepOptions settings, IConfiguration configuration, IServiceProvider services, BlobClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(services);
        var connection = services.GetRequiredService<StorageConnectionResolver>().TryResolve(settings.ConnectionName, settings.ConnectionString)
            // A failed workflow naming the setting, not a retry loop: no retry brings a missing setting.
            ?? throw new WorkflowFailedException(MissingMessage(settings));
        return connection.CreateBlobServiceClient(clientOptions);
    }

    /// <summary>What <see cref="Create"/> would be missing, in words, or <see cref="BlobStorageStatus.Configured"/>.</summary>
    public static BlobStorageStatus Status(SweepOptions settings, IConfiguration configuration, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(services);
        return StorageConnectionResolver.IsConfigured(configuration, settings.ConnectionName, settings.ConnectionString)
            ? BlobStorageStatus.Configured
            : new BlobStorageStatus(MissingMessage(settings));
    }

    private static string MissingMessage(SweepOptions settings) =>
        $"The sweep needs blob storage and has no connection: set '{settings.ConnectionName}' (a connection string), or '{settings.ConnectionName}__accountName' "
        + $"(or '__blobServiceUri') with '__credential=managedidentity' and '__clientId', or '{SweepOptions.SectionName}:ConnectionString'.";
}
