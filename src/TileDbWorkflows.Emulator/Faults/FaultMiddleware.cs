using System.Globalization;
using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Runs before authentication and routing: a faulted request never reaches a handler, so it changes
/// no state. Latency is the exception by design: it delays, then lets the request through.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults)
{
    public const string FaultItem = "emulator.fault";

    public async Task InvokeAsync(HttpContext ctx)
    {
        if (!faults.Active || ctx.Request.Path.StartsWithSegments("/__emulator", StringComparison.OrdinalIgnoreCase))
        {
            await next(ctx).ConfigureAwait(false);
            return;
        }

        var decision = faults.Decide(ctx.Request.Method, RequestExtensions.RawPath(ctx));
        if (decision is not { } d)
        {
            await next(ctx).ConfigureAwait(false);
            return;
        }

        ctx.Items[FaultItem] = d.Kind;
        switch (d.Kind)
        {
            case FaultKinds.Latency:
                // Wall-clock delay on purpose: it is about network timing, not the emulated task clock.
                await Task.Delay(d.LatencyMs, ctx.RequestAborted).ConfigureAwait(false);
                await next(ctx).ConfigureAwait(false);
                return;
            case FaultKinds.Drop:
                ctx.Abort();
                return;
            case FaultKinds.RateLimit:
                ctx.Response.Headers.RetryAfter = d.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await Respond.Error(ctx, 429, ErrorCodes.RateLimited, "rate limit exceeded (emulated fault)").ConfigureAwait(false);
                return;
            case FaultKinds.ServerError:
                await Respond.Error(ctx, 500, ErrorCodes.Internal, "internal server error (emulated fault)").ConfigureAwait(false);
                return;
            default:
                await Respond.Error(ctx, 503, ErrorCodes.Capacity, "not enough capacity to serve the request (emulated fault)").ConfigureAwait(false);
                return;
        }
    }
}
