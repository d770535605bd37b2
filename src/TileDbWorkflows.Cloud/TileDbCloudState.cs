using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;

namespace TileDbWorkflows.Cloud;

/// <summary>
/// Process-wide client state shared by every client built from one container: the session, the retry
/// policy, the redirect cache and the last SQL/UDF task ids (client memory, as in the Python client).
/// </summary>
internal sealed class TileDbCloudState
{
    private readonly Lock _gate = new();
    private TileDbCloudSession? _session;
    private bool _loaded;

    public TileDbCloudState(TileDbCloudOptions options, TimeProvider timeProvider, CloudConfigFile configFile)
    {
        Options = options;
        TimeProvider = timeProvider;
        ConfigFile = configFile;
        Retry = new RetryPolicy(options.RetryMode, timeProvider);
    }

    public TileDbCloudOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public CloudConfigFile ConfigFile { get; }

    public RetryPolicy Retry { get; }

    public RegionRedirectCache Redirects { get; } = new();

    public string? LastSqlTaskId { get; set; }

    public string? LastUdfTaskId { get; set; }

    /// <summary>The session, loaded lazily on first use like the Python client's config.</summary>
    public TileDbCloudSession? Session
    {
        get
        {
            lock (_gate)
            {
                if (!_loaded)
                {
                    _session = LoadInitial();
                    _loaded = true;
                }

                return _session;
            }
        }

        set
        {
            lock (_gate)
            {
                _session = value;
                _loaded = true;
            }
        }
    }

    public TileDbCloudSession RequireSession() => Session is { HasCredentials: true } s ? s : throw TileDbCloudException.LoginRequired();

    private TileDbCloudSession? LoadInitial()
    {
        TileDbCloudSession? session;
        if (!string.IsNullOrEmpty(Options.ApiToken) || !string.IsNullOrEmpty(Options.Username))
        {
            session = new TileDbCloudSession
            {
                ApiToken = string.IsNullOrEmpty(Options.ApiToken) ? null : Options.ApiToken,
                Username = string.IsNullOrEmpty(Options.Username) ? null : Options.Username,
                Password = string.IsNullOrEmpty(Options.Password) ? null : Options.Password,
                VerifySsl = Options.VerifySsl,
            };
        }
        else
        {
            session = Options.UseConfigFile ? ConfigFile.Load() : null;
        }

        if (session is not null && !string.IsNullOrEmpty(Options.ServerAddress))
        {
            session = session with { ServerAddress = TileDbRegions.NormalizeHost(Options.ServerAddress) };
        }

        return session;
    }
}
