using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Worker.Security;

namespace TileDbWorkflows.Worker.Console;

/// <summary>
/// The operations console at <c>/console</c>: a static page that reads and controls workflows through the same
/// <c>/api</c> routes as every other client, so it shows the numbers <c>tdbw workflows watch</c> shows. The page and
/// its assets hold no data and are open; everything they fetch is behind the API key, which the sign-in turns into
/// <see cref="ConsoleCookie"/>.
/// </summary>
public static class ConsoleEndpoints
{
    public const string Path = "/console";

    // Scripts and styles only from this origin: no inline script can run even if a workflow's text slipped into the page.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static IEndpointRouteBuilder MapOperationsConsole(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var console = endpoints.MapGroup(Path).AllowAnonymous();

        // ?code= works as for the API: a valid key becomes the cookie and leaves the address bar (and the history).
        console.MapGet("/", (HttpContext context, [FromServices] IOptionsMonitor<ApiKeyOptions> keys) =>
        {
            var code = context.Request.Query[ApiKeyDefaults.QueryName].ToString();
            if (code.Length > 0)
            {
                if (ApiKeyComparer.Matches(code, keys.CurrentValue.AcceptedKeys()))
                {
                    ConsoleCookie.Set(context.Response, code);
                    return Results.Redirect(Path + "/");
                }
                return Results.Redirect(Path + "/#signin-failed");
            }
            return Asset(context, ConsoleAssets.Index);
        });
        console.MapGet("/{asset}", (HttpContext context, string asset) => Asset(context, asset));

        console.MapPost("/session", (HttpContext context, [FromBody] ConsoleSignIn body, [FromServices] IOptionsMonitor<ApiKeyOptions> keys) =>
        {
            if (string.IsNullOrEmpty(body.Key) || !ApiKeyComparer.Matches(body.Key, keys.CurrentValue.AcceptedKeys()))
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The API key is not valid.");
            }
            ConsoleCookie.Set(context.Response, body.Key);
            return Results.NoContent();
        });
        console.MapDelete("/session", (HttpContext context) =>
        {
            ConsoleCookie.Clear(context.Response);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static IResult Asset(HttpContext context, string name)
    {
        if (ConsoleAssets.Open(name) is not { } asset)
        {
            return Results.NotFound();
        }
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Assets change with the binary and carry no version in their names: always revalidate.
        headers.CacheControl = "no-cache";
        return Results.Stream(asset.Content, asset.ContentType);
    }
}
