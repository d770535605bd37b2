using System.Text.Json;

namespace TileDbWorkflows.Emulator.Http;

/// <summary>Response writers used by the handlers, which are plain request delegates (no binding magic).</summary>
internal static class Respond
{
    public static Task Json<T>(HttpContext ctx, T body, int status = StatusCodes.Status200OK)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(ctx.Response.Body, body, EmulatorJson.Options, ctx.RequestAborted);
    }

    public static Task Status(HttpContext ctx, int status)
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    public static Task NoContent(HttpContext ctx) => Status(ctx, StatusCodes.Status204NoContent);

    public static Task Error(HttpContext ctx, int status, long code, string message)
    {
        var requestId = EmulatorIds.New();
        ctx.Response.Headers["X-Request-Id"] = requestId;
        return Json(ctx, new ErrorBody(code, message, requestId), status);
    }
}
