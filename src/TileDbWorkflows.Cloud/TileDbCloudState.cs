using System.Net.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Http.Concurrency;
using TileDbWorkflows.Cloud.Logging;

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
    private int _tlsWarned;

    public TileDbCloudState(TileDbCloudOptions options, TimeProvider timeProvider, CloudConfigFile configFile, ILogger? logger = null)
    {
        Options = options;
        TimeProvider = timeProvider;
        ConfigFile = configFile;
        Logger = logger ?? NullLogger.Instance;
        Retry = new RetryPolicy(options.RetryMode, timeProvider);
        Concurrency = new ClientConcurrency(options.Concurrency, timeProvider);
    }

    /// <summary>Where every handler and client of this state logs (a null logger when none was given).</summary>
    public ILogger Logger { get; }

    public TileDbCloudOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public CloudConfigFile ConfigFile { get; }

    public RetryPolicy Retry { get; }

    /// <summary>This state's way into the process-wide per-token limiters.</summary>
    public ClientConcurrency Concurrency { get; }

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

    /// <summary>
    /// Whether TLS certificates are checked right now: off when the options say so, or when the session
    /// (cloud.json <c>verify_ssl</c>, <c>TILEDB_REST_IGNORE_SSL_VALIDATION</c>, a login with
    /// <c>verifySsl: false</c>) says so. Read per connection, so a later login changes it without
    /// rebuilding the handler.
    /// </summary>
    public bool VerifySsl => Options.VerifySsl && (Session?.VerifySsl ?? true);

    /// <summary>
    /// The primary handler's certificate check: the platform's verdict stands unless verification is off,
    /// in which case any certificate is accepted (what <c>verify_ssl: false</c> means in the Python client).
    /// </summary>
    public bool AcceptCertificate(SslPolicyErrors errors) => errors == SslPolicyErrors.None || !VerifySsl;

    /// <summary>Logs once per state that TLS verification is off, the first time a request is made that way.</summary>
    public void WarnIfTlsVerificationOff(TileDbCloudSession session)
    {
        if ((Options.VerifySsl && session.VerifySsl) || Interlocked.Exchange(ref _tlsWarned, 1) != 0)
        {
            return;
        }

        CloudLog.TlsVerificationDisabled(Logger, Options.VerifySsl ? "session verify_ssl = false (cloud.json, TILEDB_REST_IGNORE_SSL_VALIDATION or login)" : "TileDbCloudOptions.VerifySsl = false");
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
