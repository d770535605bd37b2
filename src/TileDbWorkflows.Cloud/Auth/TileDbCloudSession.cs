using System.Text;

namespace TileDbWorkflows.Cloud.Auth;

/// <summary>
/// The credentials and server a client talks to: what <c>cloud.json</c> holds. <see cref="ToString"/>
/// never shows the token or password, so sessions are safe to log.
/// </summary>
public sealed record TileDbCloudSession
{
    /// <summary>Server address without <c>/v1</c>, for example <c>https://api.tiledb.com</c>.</summary>
    public string ServerAddress { get; init; } = TileDbRegions.Global;

    /// <summary>API token sent as <c>X-TILEDB-REST-API-KEY</c>.</summary>
    public string? ApiToken { get; init; }

    /// <summary>User name for Basic auth (only kept for <c>no_session</c> logins).</summary>
    public string? Username { get; init; }

    /// <summary>Password for Basic auth (only kept for <c>no_session</c> logins).</summary>
    public string? Password { get; init; }

    /// <summary>Whether TLS certificates are verified.</summary>
    public bool VerifySsl { get; init; } = true;

    /// <summary>CA bundle path, read from cloud.json or <c>TILEDB_SSL_CA_FILE</c> (never written, like Python).</summary>
    public string? CaFile { get; init; }

    /// <summary>True when the session can authenticate a request.</summary>
    public bool HasCredentials => !string.IsNullOrEmpty(ApiToken) || (Username is not null && Password is not null);

    /// <summary>True when Basic auth is configured (both user name and password present).</summary>
    public bool HasBasicAuth => Username is not null && Password is not null;

    /// <summary>Describes the session with secrets masked.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("TileDbCloudSession { ServerAddress = ").Append(ServerAddress)
            .Append(", ApiToken = ").Append(ApiToken is null ? "(none)" : "***")
            .Append(", Username = ").Append(Username ?? "(none)")
            .Append(", Password = ").Append(Password is null ? "(none)" : "***")
            .Append(", VerifySsl = ").Append(VerifySsl)
            .Append(" }");
        return text.ToString();
    }
}
