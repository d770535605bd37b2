using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// Builds the sweep's <see cref="BlobServiceClient"/> once: from a connection string when one is configured (Azurite,
/// local runs), else from the identity-based settings deployed to Azure with the <see cref="TokenCredential"/> the host
/// registers. A missing connection fails the sweep with a message naming the setting, not a retry loop.
/// </summary>
public sealed class SweepBlobServiceClientFactory(IOptions<SweepOptions> options, IConfiguration configuration, IServiceProvider services)
{
    private readonly Lazy<BlobServiceClient> client = new(() => Build(options.Value, configuration, services));

    public BlobServiceClient GetClient() => client.Value;

    private static BlobServiceClient Build(SweepOptions o, IConfiguration configuration, IServiceProvider services)
    {
        var connectionString = o.ConnectionString
            ?? configuration[o.ConnectionName]
            ?? configuration.GetConnectionString(o.ConnectionName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString);
        }
        var section = configuration.GetSection(o.ConnectionName);
        var serviceUri = section["blobServiceUri"]
            ?? (section["accountName"] is { Length: > 0 } account ? $"https://{account}.blob.core.windows.net" : null);
        var credential = services.GetService<TokenCredential>();
        if (serviceUri is not null && credential is not null)
        {
            return new BlobServiceClient(new Uri(serviceUri), credential);
        }
        throw new WorkflowFailedException(
            $"The sweep has no blob storage connection: set '{o.ConnectionName}' (a connection string), or '{o.ConnectionName}:accountName' "
            + $"with a TokenCredential registered by the host, or '{SweepOptions.SectionName}:ConnectionString'.");
    }
}
