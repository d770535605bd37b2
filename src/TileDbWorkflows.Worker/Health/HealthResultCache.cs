using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TileDbWorkflows.Worker.Health;

/// <summary>The last result of one health check and until when it stands (two probes at once may both evaluate; harmless).</summary>
internal sealed class HealthResultCache
{
    private readonly Lock gate = new();
    private HealthCheckResult last;
    private DateTimeOffset validUntil = DateTimeOffset.MinValue;

    public HealthCheckResult? TryGet(DateTimeOffset now)
    {
        lock (gate)
        {
            return now < validUntil ? last : null;
        }
    }

    public void Set(HealthCheckResult result, DateTimeOffset until)
    {
        lock (gate)
        {
            last = result;
            validUntil = until;
        }
    }
}
