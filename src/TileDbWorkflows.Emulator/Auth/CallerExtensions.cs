namespace TileDbWorkflows.Emulator.Auth;

internal static class CallerExtensions
{
    /// <summary>The authenticated username (set by <see cref="AuthMiddleware"/> before any API handler).</summary>
    public static string Caller(this HttpContext ctx) =>
        ctx.Items[AuthMiddleware.UserItem] as string ?? throw new InvalidOperationException("unauthenticated request reached a handler");
}
