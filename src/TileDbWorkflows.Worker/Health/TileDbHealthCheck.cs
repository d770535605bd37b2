using Microsoft.Extensions.Diagnostics.HealthChecks;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Worker.Health;

/// <summary>
/// TileDB Cloud answers with the configured token: the user profile is the cheapest authenticated call. A rejected
/// token and an unreachable service are told apart; the token never appears in the answer.
/// </summary>
internal sealed class TileDbHealthCheck(ITileDbCloudClient tiledb) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await tiledb.Users.GetProfileAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("TileDB Cloud answers with a valid token");
        }
        catch (TileDbCloudException ex) when (ex.Kind is TileDbErrorKind.Unauthorized or TileDbErrorKind.Forbidden)
        {
            return HealthCheckResult.Unhealthy("TileDB Cloud rejects the configured token (401/403)");
        }
        catch (Exception ex) when (ex is TileDbCloudException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("TileDB Cloud unreachable or failing", ex);
        }
    }
}
