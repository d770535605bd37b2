using Grpc.Core;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TileDbWorkflows.Worker.Health;

/// <summary>
/// The Durable Task sidecar answers, and through it the backend: a status read of an instance that never exists goes
/// worker client, gRPC, sidecar, task hub and back.
/// </summary>
internal sealed class SidecarHealthCheck(DurableTaskClient client) : IHealthCheck
{
    private const string ProbeInstanceId = "healthz-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.GetInstanceAsync(ProbeInstanceId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("sidecar and task hub answer");
        }
        catch (Exception ex) when (ex is RpcException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the durable task sidecar or its task hub does not answer", ex);
        }
    }
}
