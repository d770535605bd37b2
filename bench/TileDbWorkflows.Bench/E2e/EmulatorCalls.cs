using TileDbWorkflows.Emulator.Admin;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>TileDB API calls in the emulator's request log, split into mutating and read calls.</summary>
internal static class EmulatorCalls
{
    public static async Task<(int Mutating, int Read, double SpanSeconds, double MeanServerMs, int RateLimited)> CountAsync(EmulatorAdminClient admin, CancellationToken cancellationToken)
    {
        var log = await admin.GetRequestsAsync(ct: cancellationToken).ConfigureAwait(false);
        var api = log.Where(e => e.Path.StartsWith("/v1/", StringComparison.Ordinal) || e.Path.StartsWith("/v2/", StringComparison.Ordinal)).ToArray();
        // A call the emulator's rate limit refused did nothing: it is counted apart, not as a call of the work.
        var limited = api.Count(e => e.Status == 429);
        api = [.. api.Where(e => e.Status != 429)];
        var reads = api.Count(e => e.Method is "GET" or "HEAD");
        // From the first call's arrival to the last call's: how much of the wall time TileDB work was going on.
        var span = api.Length == 0 ? 0 : (api.Max(e => e.Time) - api.Min(e => e.Time)).TotalSeconds;
        return (api.Length - reads, reads, span, api.Length == 0 ? 0 : api.Average(e => e.DurationMs), limited);
    }
}
