using TileDbWorkflows.Emulator.Regions;

namespace TileDbWorkflows.Emulator.Http;

/// <summary>
/// Turns every failure into the service's error body: API errors with their status, region moves into
/// 307, unmatched routes and methods into 404/405 bodies, and anything unexpected into a 500 body that
/// names the exception type but never carries a stack trace.
/// </summary>
internal sealed partial class ErrorMiddleware(RequestDelegate next, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        try
        {
            await next(ctx).ConfigureAwait(false);
            if (ctx.Response.StatusCode >= 400 && !ctx.Response.HasStarted && ctx.Response.ContentType is null)
            {
                var message = ctx.Response.StatusCode switch
                {
                    404 => $"no route for {ctx.Request.Method} {ctx.Request.Path}",
                    405 => $"method {ctx.Request.Method} not allowed on {ctx.Request.Path}",
                    _ => "request failed",
                };
                await Respond.Error(ctx, ctx.Response.StatusCode, ctx.Response.StatusCode == 404 ? ErrorCodes.NotFound : ErrorCodes.BadRequest, message).ConfigureAwait(false);
            }
        }
        catch (ApiException e) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            await Respond.Error(ctx, e.Status, e.Code, e.Message).ConfigureAwait(false);
        }
        catch (RegionRedirectException e) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            var target = ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? ctx.Request.Path + ctx.Request.QueryString;
            ctx.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            ctx.Response.Headers.Location = $"{ctx.Request.Scheme}://{ctx.Request.Host.Host}:{e.Port}{target}";
        }
        catch (BadHttpRequestException e) when (!ctx.Response.HasStarted)
        {
            ctx.Response.Clear();
            await Respond.Error(ctx, e.StatusCode, ErrorCodes.BadRequest, e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            LogUnhandled(logger, e, ctx.Request.Method, ctx.Request.Path);
            ctx.Response.Clear();
            await Respond.Error(ctx, 500, ErrorCodes.Internal, "internal emulator error (" + e.GetType().Name + ")").ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "Unhandled emulator error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
