using System.Security.Cryptography;
using System.Text;
using TileDbWorkflows.Cloud.Auth;

namespace TileDbWorkflows.Cloud.Http.Concurrency;

/// <summary>
/// Names a token's limiter without holding the token: a SHA-256 of the server origin and the credential the request
/// carries (the API key, else the Authorization header), cut to 16 hex digits. The origin is part of it because a
/// token's budget lives at one service: the same string sent to another server is another budget.
/// </summary>
internal static class ConcurrencyKey
{
    public static string For(HttpRequestMessage request)
    {
        var origin = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.GetLeftPart(UriPartial.Authority) : string.Empty;
        var credential = request.Headers.TryGetValues(TileDbHttp.ApiKeyHeader, out var keys) ? keys.FirstOrDefault() : null;
        if (string.IsNullOrEmpty(credential))
        {
            credential = request.Headers.Authorization?.ToString();
        }

        return For(origin, credential);
    }

    public static string For(TileDbCloudSession session)
    {
        var origin = Uri.TryCreate(session.ServerAddress, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : string.Empty;
        var credential = !string.IsNullOrEmpty(session.ApiToken)
            ? session.ApiToken
            : session.HasBasicAuth ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(session.Username + ":" + session.Password)) : null;
        return For(origin, credential);
    }

    private static string For(string origin, string? credential)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("tiledb-concurrency\n" + origin + "\n" + credential));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
