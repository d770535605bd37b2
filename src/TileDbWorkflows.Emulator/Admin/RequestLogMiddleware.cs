using System.Diagnostics;
using TileDbWorkflows.Emulator.Auth;
using TileDbWorkflows.Emulator.Faults;
using TileDbWorkflows.Emulator.Regions;

namespace TileDbWorkflows.Emulator.Admin;

/// <summary>Outermost middleware: records every API request with its final status. Admin calls are not logged.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, RegionDirectory regions, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if (ctx.Request.Path.StartsWithSegments("/__emulator", StringComparison.OrdinalIgnoreCase))
        {
            await next(ctx).ConfigureAwait(false);
            return;
        }

        var sequence = log.NextSequence();
        var started = Stopwatch.GetTimestamp();
        var at = time.GetUtcNow();
        try
        {
            await next(ctx).ConfigureAwait(false);
        }
        finally
        {
            var fault = ctx.Items[FaultMiddleware.FaultItem] as string;
            var status = fault == FaultKinds.Drop || (ctx.RequestAborted.IsCancellationRequested && !ctx.Response.HasStarted) ? 0 : ctx.Response.StatusCode;
            log.Add(new RequestLogEntry(
                sequence,
                ctx.Request.Method,
                Http.RequestExtensions.RawPath(ctx),
                ctx.Request.QueryString.Value ?? string.Empty,
                status,
                at,
                ctx.Items[AuthMiddleware.UserItem] as string,
                regions.RegionOf(ctx),
                fault,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }
}
