using System.Text;
using TileDbWorkflows.Emulator.Http;
using TileDbWorkflows.Emulator.State;

namespace TileDbWorkflows.Emulator.Auth;

/// <summary>
/// API token (<c>X-TILEDB-REST-API-KEY</c>) or Basic credentials on every API route. The token wins when
/// both are sent, as the Python client sends both when both are configured. The upload quirk (an
/// <c>authorization</c> header without the <c>Basic </c> prefix) is accepted too.
/// </summary>
internal sealed class AuthMiddleware(RequestDelegate next, EmulatorState state, TimeProvider time)
{
    public const string UserItem = "emulator.user";

    public Task InvokeAsync(HttpContext ctx)
    {
        if (ctx.Request.Path.StartsWithSegments("/__emulator", StringComparison.OrdinalIgnoreCase))
        {
            return next(ctx);
        }

        ctx.Items[UserItem] = Authenticate(ctx);
        return next(ctx);
    }

    private string Authenticate(HttpContext ctx)
    {
        var token = ctx.Request.Headers["X-TILEDB-REST-API-KEY"].ToString();
        var authorization = ctx.Request.Headers.Authorization.ToString();
        lock (state.Sync)
        {
            if (token.Length > 0)
            {
                if (state.Tokens.TryGetValue(token, out var record) && state.Users.TryGetValue(record.Username, out var user))
                {
                    if (record.ExpiresAt is { } expires && expires <= time.GetUtcNow())
                    {
                        throw ApiException.Unauthorized("API token expired");
                    }

                    return user.Username;
                }

                throw ApiException.Unauthorized("invalid API token");
            }

            if (authorization.Length > 0)
            {
                var encoded = authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? authorization[6..].Trim() : authorization.Trim();
                string decoded;
                try
                {
                    decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                }
                catch (FormatException)
                {
                    throw ApiException.Unauthorized("malformed Authorization header");
                }

                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && state.Users.TryGetValue(decoded[..colon], out var user) && user.Password == decoded[(colon + 1)..])
                {
                    return user.Username;
                }

                throw ApiException.Unauthorized("invalid username or password");
            }
        }

        throw ApiException.Unauthorized("missing credentials: send X-TILEDB-REST-API-KEY or Basic authorization");
    }
}
