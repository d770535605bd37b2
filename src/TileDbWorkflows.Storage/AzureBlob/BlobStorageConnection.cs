using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Storage;
using TileDbWorkflows.Workflows.Sweep;

namespace TileDbWorkflows.Storage.AzureBlob;

/// <summary>
/// Builds the store's <see cref="BlobServiceClient"/> from the settings the sweep has always read (the sweep was the
/// store's first user, so deployed settings keep working): <c>Sweep:ConnectionString</c>, else the entry named by
/// <c>Sweep:ConnectionName</c> (default <c>AzureWebJobsStorage</c>) as a connection string (Azurite, local runs), else
/// that entry's identity-based section (<c>blobServiceUri</c> or <c>accountName</c>, as deployed to Azure) with the
/// <see cref="TokenCredential"/> the host registers.
/// </summary>
public static class BlobStorageConnection
{
    public static BlobServiceClient Create(SweepOptions settings, IConfiguration configuration, IServiceProvider services, BlobClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(services);
        if (ConnectionString(settings, configuration) is { } connectionString)
        {
            return new BlobServiceClient(connectionString, clientOptions);
        }
        var credential = services.GetService<TokenCredential>();
        if (ServiceUri(settings, configuration) is { } serviceUri && credential is not null)
        {
            return new BlobServiceClient(new Uri(serviceUri), credential, clientOptions);
        }
        // A failed workflow naming the setting, not a retry loop: no retry brings a missing setting.
        throw new WorkflowFailedException(MissingMessage(settings));
    }

    /// <summary>What <see cref="Create"/> would be missing, in words, or <see cref="BlobStorageStatus.Configured"/>.</summary>
    public static BlobStorageStatus Status(SweepOptions settings, IConfiguration configuration, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(services);
        var configured = ConnectionString(settings, configuration) is not null
            || (ServiceUri(settings, configuration) is not null && services.GetService<TokenCredential>() is not null);
        return configured ? BlobStorageStatus.Configured : new BlobStorageStatus(MissingMessage(settings));
    }

    private static string? ConnectionString(SweepOptions settings, IConfiguration configuration) =>
        (settings.ConnectionString ?? configuration[settings.ConnectionName] ?? configuration.GetConnectionString(settings.ConnectionName))
            is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string? ServiceUri(SweepOptions settings, IConfiguration configuration)
    {
        var section = configuration.GetSection(settings.ConnectionName);
        return section["blobServiceUri"]
            ?? (section["accountName"] is { Length: > 0 } account ? $"https://{account}.blob.core.windows.net" : null);
    }

    private static string MissingMessage(SweepOptions settings) =>
        $"The sweep needs blob storage and has no connection: set '{settings.ConnectionName}' (a connection string), or '{settings.ConnectionName}:accountName' "
        + $"with a TokenCredential registered by the host, or '{SweepOptions.SectionName}:ConnectionString'.";
}
