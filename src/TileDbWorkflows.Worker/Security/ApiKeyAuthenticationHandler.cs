using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TileDbWorkflows.Worker.Security;

/// <summary>
/// Authenticates a request by the Functions key conventions. A presented key is always checked (a wrong key is
/// refused even from loopback); a request without a key passes only when anonymous loopback use is configured
/// and the connection really comes from loopback.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keyOptions,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string FailureKey = "ApiKeyFailure";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var options = keyOptions.CurrentValue;
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            if (options.AllowAnonymousLoopback && IsLoopback(Context.Connection.RemoteIpAddress))
            {
                return Task.FromResult(Success("anonymous-loopback"));
            }
            Context.Items[FailureKey] = "An API key is required (x-functions-key header or code query parameter).";
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (ApiKeyComparer.Matches(presented, options.AcceptedKeys()))
        {
            return Task.FromResult(Success("api-key"));
        }

        // The presented key is never logged or echoed.
        Context.Items[FailureKey] = "The API key is not valid.";
        return Task.FromResult(AuthenticateResult.Fail("Invalid API key."));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = Context.Items[FailureKey] as string ?? "An API key is required.",
            },
        }).ConfigureAwait(false);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        // Header first, as Functions does.
        var header = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        if (!string.IsNullOrEmpty(header))
        {
            return header;
        }
        var query = request.Query[ApiKeyDefaults.QueryName].ToString();
        if (!string.IsNullOrEmpty(query))
        {
            return query;
        }
        // Last: the operations console's sign-in cookie, so a header or code given explicitly always wins.
        return request.Cookies[ApiKeyDefaults.CookieName] is { Length: > 0 } cookie ? cookie : null;
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private AuthenticateResult Success(string kind)
    {
        var identity = new ClaimsIdentity([new Claim("auth", kind)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
