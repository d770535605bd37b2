namespace TileDbWorkflows.Cloud.Auth;

/// <summary>Login, the cached session and the TileDB core configuration derived from it.</summary>
public interface IAuthClient
{
    /// <summary>The session in use (secrets masked in <c>ToString</c>), or null when nothing is configured.</summary>
    TileDbCloudSession? CurrentSession { get; }

    /// <summary>Logs in with an API token. No HTTP call is made; the session is saved to cloud.json when <paramref name="save"/>.</summary>
    Task<TileDbCloudSession> LoginWithTokenAsync(string token, string? host = null, bool verifySsl = true, bool save = true, CancellationToken cancellationToken = default);

    /// <summary>
    /// Logs in with user name and password: <c>GET /v1/session?remember_me=True</c> with Basic auth, keeping
    /// only the returned token. With <paramref name="noSession"/> the credentials themselves are kept and
    /// sent as Basic auth on every request, as Python's <c>no_session=True</c>.
    /// </summary>
    Task<TileDbCloudSession> LoginAsync(string username, string password, string? host = null, bool noSession = false, bool verifySsl = true, bool save = true, CancellationToken cancellationToken = default);

    /// <summary>TileDB core configuration (<c>rest.server_address</c>, <c>rest.token</c> or <c>rest.username</c>/<c>rest.password</c>).</summary>
    IReadOnlyDictionary<string, string> GetCoreConfig(IReadOnlyDictionary<string, string>? extra = null);

    /// <summary>The same configuration as TileDB config-file text.</summary>
    string GetCoreConfigText(IReadOnlyDictionary<string, string>? extra = null);
}
