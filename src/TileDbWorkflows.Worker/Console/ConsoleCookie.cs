using TileDbWorkflows.Worker.Security;

namespace TileDbWorkflows.Worker.Console;

/// <summary>
/// The cookie that carries the API key for the console's own requests. HttpOnly so page scripts never read it,
/// SameSite=Strict so no other site can make the browser send it (the console's POSTs need no antiforgery token),
/// Secure when the console is reached over HTTPS.
/// </summary>
internal static class ConsoleCookie
{
    /// <summary>A working day: long enough for a shift, short enough that a forgotten browser signs itself out.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static void Set(HttpResponse response, string key) =>
        response.Cookies.Append(ApiKeyDefaults.CookieName, key, Options(response.HttpContext.Request, Lifetime));

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(ApiKeyDefaults.CookieName, Options(response.HttpContext.Request, null));

    private static CookieOptions Options(HttpRequest request, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        // The API under /api reads it too.
        Path = "/",
        MaxAge = maxAge,
        IsEssential = true,
    };
}
