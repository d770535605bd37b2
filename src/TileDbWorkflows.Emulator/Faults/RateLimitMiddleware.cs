using System.Globalization;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Http;

namespace TileDbWorkflows.Emulator.Faults;

/// <summary>
/// Runs after authentication (buckets belong to callers) and before routing, so a refused request changes no
/// state. The answer is the service's: 429 with a whole-second Retry-After and a TileDB error body.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, RateLimiter limiter)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if (!limiter.Active || ctx.Request.Path.StartsWithSegments("/__emulator", StringComparison.OrdinalIgnoreCase))
        {
            await next(ctx).ConfigureAwait(false);
            return;
        }

        var token = ctx.Request.Headers["X-TILEDB-REST-API-KEY"].ToString();
        var decision = limiter.Decide(ctx.Request.Method, RequestExtensions.RawPath(ctx), token.Length > 0 ? token : null, ctx.Items[AuthMiddleware.UserItem] as string);
        if (decision is not { } refused)
        {
            await next(ctx).ConfigureAwait(false);
            return;
        }

        ctx.Items[FaultMiddleware.FaultItem] = RateLimiter.LogMark;
        ctx.Response.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await Respond.Error(ctx, 429, ErrorCodes.RateLimited, "rate limit exceeded for this token").ConfigureAwait(false);
    }
}
