using DurableTask.Core;
using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Runs before the Durable Task worker starts (registered ahead of it; hosted services start in order): creates
/// the Azure Storage task hub if missing, so the first worker on a fresh account does not race the sidecar, and
/// says which backend is in use.
/// </summary>
internal sealed class TaskHubStartup(
    IOrchestrationService orchestrationService,
    IOptions<DurableBackendOptions> options,
    DurableSidecarInfo sidecar,
    ILogger<TaskHubStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Backend == DurableBackend.AzureStorage)
        {
            // CreateIfNotExistsAsync takes no token; a hung storage account must still not block start forever.
            await orchestrationService.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            DurableTaskLog.AzureStorageBackend(logger, settings.TaskHubName, sidecar.WorkerId, sidecar.Address);
        }
        else
        {
            DurableTaskLog.InMemoryBackend(logger, settings.TaskHubName, sidecar.Address);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
