using System.Text;

namespace TileDbWorkflows.Cloud.Auth;

/// <summary>
/// The TileDB core configuration for slicing arrays through TileDB Cloud, like the Python client's
/// <c>tiledb.cloud.Config()</c>: <c>rest.server_address</c>, then <c>rest.username</c>/<c>rest.password</c> if
/// both are set, else <c>rest.token</c>.
/// </summary>
public static class TileDbCoreConfig
{
    private static readonly string[] Reserved = ["rest.server_address", "rest.username", "rest.password"];

    /// <summary>Builds the key/value configuration.</summary>
    /// <param name="session">The logged-in session.</param>
    /// <param name="extra">Extra keys; <c>rest.server_address</c>, <c>rest.username</c> and <c>rest.password</c> are rejected as in Python.</param>
    public static IReadOnlyDictionary<string, string> ToDictionary(TileDbCloudSession session, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                if (Reserved.Contains(key, StringComparer.Ordinal))
                {
                    throw new ArgumentException($"'{key}' comes from the login and cannot be passed as extra configuration.", nameof(extra));
                }

                result[key] = value;
            }
        }

        result["rest.server_address"] = session.ServerAddress;
        if (!string.IsNullOrEmpty(session.CaFile))
        {
            result["ssl.ca_file"] = session.CaFile;
        }

        if (session.HasBasicAuth)
        {
            result["rest.username"] = session.Username!;
            result["rest.password"] = session.Password!;
        }
        else if (!string.IsNullOrEmpty(session.ApiToken))
        {
            result["rest.token"] = session.ApiToken;
        }

        return result;
    }

    /// <summary>
    /// The same configuration as TileDB config-file text (<c>key value</c> per line, the format
    /// <c>tiledb_config_load_from_file</c> reads). The text holds a credential: store it with care.
    /// </summary>
    public static string ToConfigFileText(TileDbCloudSession session, IReadOnlyDictionary<string, string>? extra = null)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in ToDictionary(session, extra))
        {
            text.Append(key).Append(' ').Append(value).Append('\n');
        }

        return text.ToString();
    }
}
