using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Azure.Core;

namespace TileDbWorkflows.Testing.Azurite;

/// <summary>
/// Stands in for a managed identity against Azurite's <c>--oauth basic</c>: an unsigned-looking JWT with the storage
/// audience, an Azure AD issuer and a one-hour lifetime, which is all that mode checks. Counts the tokens asked for by
/// scope, so a test can tell a client really authenticated with a token rather than a key.
/// </summary>
public sealed class FakeStorageTokenCredential : TokenCredential
{
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);

    /// <summary>Tokens asked for, by scope (the storage SDKs ask for <c>https://storage.azure.com/.default</c>).</summary>
    public int Requests => requests.Values.Sum();

    public IReadOnlyDictionary<string, int> RequestsByScope => requests;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            requests.AddOrUpdate(scope, 1, (_, count) => count + 1);
        }
        var now = TimeProvider.System.GetUtcNow();
        var expires = now.AddHours(1);
        var header = Encode(new { alg = "RS256", typ = "JWT" });
        var payload = Encode(new
        {
            aud = "https://storage.azure.com",
            iss = "https://sts.windows.net/00000000-0000-0000-0000-0000000000aa/",
            iat = now.ToUnixTimeSeconds(),
            nbf = now.AddMinutes(-5).ToUnixTimeSeconds(),
            exp = expires.ToUnixTimeSeconds(),
            oid = "00000000-0000-0000-0000-000000000001",
        });
        return new AccessToken($"{header}.{payload}.c2lnbmF0dXJl", expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Encode(object value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
