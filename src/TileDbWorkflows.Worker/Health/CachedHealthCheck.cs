using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TileDbWorkflows.Worker.Health;

/// <summary>
/// Answers from the last result of its check for <see cref="WorkerHealthChecks.CacheFor"/>: probes from several
/// orchestrators and load balancers every few seconds must not each cost a storage call and a TileDB call. Health
/// checks are created per evaluation, so the result lives in a <see cref="HealthResultCache"/> of the registration.
/// </summary>
internal sealed class CachedHealthCheck(HealthResultCache cache, IHealthCheck inner, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(time.GetUtcNow()) is { } cached)
        {
            return cached;
        }
        var result = await inner.CheckHealthAsync(context, cancellationToken).ConfigureAwait(false);
        cache.Set(result, time.GetUtcNow() + WorkerHealthChecks.CacheFor);
        return result;
    }
}
