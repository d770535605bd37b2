using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Delays matching requests before they reach their handler; runs after the rate limiter, so a refused request is
/// answered at once as the service does. Real time, like the <c>latency</c> fault: it is network timing, while the
/// injected clock drives task progress, expiry and bucket refills (a fake clock would stall every request).
/// </summary>
internal sealed class LatencyMiddleware(RequestDelegate next, LatencyInjector latency)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if (latency.Active && !ctx.Request.Path.StartsWithSegments("/__emulator", StringComparison.OrdinalIgnoreCase))
        {
            var delay = latency.Decide(ctx.Request.Method, RequestExtensions.RawPath(ctx));
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, ctx.RequestAborted).ConfigureAwait(false);
            }
        }

        await next(ctx).ConfigureAwait(false);
    }
}
