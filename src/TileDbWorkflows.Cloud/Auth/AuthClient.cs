using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud.Auth;

/// <summary>Implementation of <see cref="IAuthClient"/> over the shared client state.</summary>
internal sealed class AuthClient(TileDbHttp http) : IAuthClient
{
    public TileDbCloudSession? CurrentSession => http.State.Session;

    public Task<TileDbCloudSession> LoginWithTokenAsync(string token, string? host = null, bool verifySsl = true, bool save = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var session = new TileDbCloudSession { ServerAddress = Host(host), ApiToken = token, VerifySsl = verifySsl };
        Activate(session, save);
        return Task.FromResult(session);
    }

    public async Task<TileDbCloudSession> LoginAsync(string username, string password, string? host = null, bool noSession = false, bool verifySsl = true, bool save = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        var basic = new TileDbCloudSession { ServerAddress = Host(host), Username = username, Password = password, VerifySsl = verifySsl };
        if (noSession)
        {
            Activate(basic, save);
            return basic;
        }

        var login = TileDbRequest.Get("/v1/session", new QueryBuilder().Add("remember_me", true)) with { Session = basic };
        var token = await http.SendAsync<SessionToken>(login, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token.Token))
        {
            throw new TileDbCloudException("TileDB Cloud returned a session without a token.");
        }

        // Only the token is kept, so the password is never written to disk (Python PR #25).
        var session = new TileDbCloudSession { ServerAddress = basic.ServerAddress, ApiToken = token.Token, VerifySsl = verifySsl };
        Activate(session, save);
        return session;
    }

    public IReadOnlyDictionary<string, string> GetCoreConfig(IReadOnlyDictionary<string, string>? extra = null)
        => TileDbCoreConfig.ToDictionary(http.State.RequireSession(), extra);

    public string GetCoreConfigText(IReadOnlyDictionary<string, string>? extra = null)
        => TileDbCoreConfig.ToConfigFileText(http.State.RequireSession(), extra);

    private string Host(string? host)
        => TileDbRegions.NormalizeHost(host ?? http.State.Options.ServerAddress ?? TileDbRegions.Global);

    private void Activate(TileDbCloudSession session, bool save)
    {
        http.State.Session = session;
        http.State.Redirects.Clear();
        if (save && http.State.Options.SaveSessionOnLogin)
        {
            try
            {
                http.State.ConfigFile.Save(session);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Python only warns when cloud.json cannot be written; the login itself still stands.
            }
        }
    }
}
