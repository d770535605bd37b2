using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TileDbWorkflows.Worker.Health;

/// <summary>The storage account answers an authenticated call (the blob service's properties).</summary>
internal sealed class StorageHealthCheck(BlobServiceClient blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await blobs.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("storage reachable");
        }
        // The exception stays out of the answer (it can name the account); the log has it.
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("storage unreachable or refusing this worker's credentials", ex);
        }
    }
}
