using System.Net.Security;
using Microsoft.Extensions.Logging;
using Polly;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Files;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Http.Concurrency;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud;

/// <summary>
/// The TileDB Cloud client. Cheap to create: session, retry mode and redirect cache live in state shared
/// by every client of one DI container (or of one <see cref="Create(TileDbCloudOptions, HttpMessageHandler, TimeProvider, CloudConfigFile)"/> call).
/// </summary>
public sealed class TileDbCloudClient : ITileDbCloudClient, IDisposable
{
    /// <summary>Name of the IHttpClientFactory client registered by <c>AddTileDbCloud</c>.</summary>
    public const string HttpClientName = "TileDbCloud";

    private readonly TileDbCloudState _state;
    private readonly HttpClient? _owned;

    internal TileDbCloudClient(HttpClient httpClient, TileDbCloudState state, bool ownsHttpClient = false)
    {
        _state = state;
        _owned = ownsHttpClient ? httpClient : null;
        var http = new TileDbHttp(httpClient, state);
        Auth = new AuthClient(http);
        Users = new UsersClient(http);
        Organizations = new OrganizationsClient(http);
        Arrays = new ArraysClient(http);
        Groups = new GroupsClient(http);
        Tasks = new TasksClient(http);
        Invitations = new InvitationsClient(http);
        Files = new FilesClient(http);
    }

    /// <inheritdoc />
    public IAuthClient Auth { get; }

    /// <inheritdoc />
    public IUsersClient Users { get; }

    /// <inheritdoc />
    public IOrganizationsClient Organizations { get; }

    /// <inheritdoc />
    public IArraysClient Arrays { get; }

    /// <inheritdoc />
    public IGroupsClient Groups { get; }

    /// <inheritdoc />
    public ITasksClient Tasks { get; }

    /// <inheritdoc />
    public IInvitationsClient Invitations { get; }

    /// <inheritdoc />
    public IFilesClient Files { get; }

    /// <inheritdoc />
    public RetryMode RetryMode => _state.Retry.Mode;

    /// <summary>The live retry policy (for inspection in tests and diagnostics).</summary>
    public RetryPolicy RetryPolicy => _state.Retry;

    /// <summary>
    /// The adaptive concurrency limit of this client's current token, shared with every client in the process that
    /// uses the same token and server; null when <see cref="ConcurrencyOptions.Enabled"/> is off or no one is logged in.
    /// </summary>
    public IConcurrencyGauge? Concurrency => _state.Session is { HasCredentials: true } session ? _state.Concurrency.For(session) : null;

    /// <summary>The region redirects remembered so far.</summary>
    public RegionRedirectCache Redirects => _state.Redirects;

    /// <summary>The shared state, for tests that check effective settings such as TLS verification.</summary>
    internal TileDbCloudState State => _state;

    /// <summary>
    /// Builds a standalone client without DI, for tools and tests (for example against the emulator:
    /// <c>TileDbCloudClient.Create(new TileDbCloudOptions { ServerAddress = url, ApiToken = token, UseConfigFile = false })</c>).
    /// </summary>
    /// <param name="options">Options; validated here.</param>
    /// <param name="primaryHandler">Innermost handler (e.g. a TestServer handler); it must not follow redirects itself. Null creates a socket handler.</param>
    /// <param name="timeProvider">Clock for retry delays; null uses the system clock.</param>
    /// <param name="configFile">cloud.json store; null uses <see cref="TileDbCloudOptions.ConfigFilePath"/>.</param>
    public static TileDbCloudClient Create(TileDbCloudOptions options, HttpMessageHandler? primaryHandler = null, TimeProvider? timeProvider = null, CloudConfigFile? configFile = null)
        => Create(options, loggerFactory: null, primaryHandler, timeProvider, configFile);

    /// <summary>
    /// Builds a standalone client without DI that logs retries, redirects and failed requests through
    /// <paramref name="loggerFactory"/> (category <c>TileDbWorkflows.Cloud.TileDbCloudClient</c>).
    /// </summary>
    /// <param name="options">Options; validated here.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <param name="primaryHandler">Innermost handler (e.g. a TestServer handler); it must not follow redirects itself. Null creates a socket handler.</param>
    /// <param name="timeProvider">Clock for retry delays; null uses the system clock.</param>
    /// <param name="configFile">cloud.json store; null uses <see cref="TileDbCloudOptions.ConfigFilePath"/>.</param>
    public static TileDbCloudClient Create(TileDbCloudOptions options, ILoggerFactory? loggerFactory, HttpMessageHandler? primaryHandler = null, TimeProvider? timeProvider = null, CloudConfigFile? configFile = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        TileDbCloudServiceCollectionExtensions.ValidateOrThrow(options);
        var state = new TileDbCloudState(
            options,
            timeProvider ?? TimeProvider.System,
            configFile ?? new CloudConfigFile(options.ConfigFilePath),
            loggerFactory?.CreateLogger<TileDbCloudClient>());
        var retry = new RetryHandler(state.Retry, options.RequestTimeout, state.Logger, state.Concurrency, state.TimeProvider)
        {
            InnerHandler = new RegionRedirectHandler(state.Redirects, options.MaxRedirects, state.Logger)
            {
                InnerHandler = primaryHandler ?? CreatePrimaryHandler(state),
            },
        };
        var http = new HttpClient(retry, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return new TileDbCloudClient(http, state, ownsHttpClient: true);
    }

    /// <inheritdoc />
    public void SetRetryMode(RetryMode mode) => _state.Retry.SetMode(mode);

    /// <inheritdoc />
    public void SetRetrySettings(RetrySettings settings) => _state.Retry.SetCustom(settings);

    /// <inheritdoc />
    public void SetRetryPipeline(ResiliencePipeline<HttpResponseMessage> pipeline) => _state.Retry.SetCustom(pipeline);

    /// <summary>Disposes the HTTP client when this instance created it.</summary>
    public void Dispose() => _owned?.Dispose();

    /// <summary>
    /// The socket handler used under the TileDB handlers: no automatic redirects, connect timeout (the whole
    /// attempt is bounded by the retry handler), and a certificate check that asks the state on every new
    /// connection, so <c>verify_ssl: false</c> from cloud.json or the environment is honoured even though the
    /// session is loaded after this handler is built.
    /// </summary>
    internal static SocketsHttpHandler CreatePrimaryHandler(TileDbCloudState state) => new()
    {
        // Redirects are followed by RegionRedirectHandler so the API key survives the host change.
        AllowAutoRedirect = false,
        ConnectTimeout = state.Options.RequestTimeout,
        ResponseDrainTimeout = TimeSpan.FromSeconds(2),
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, _, _, errors) => state.AcceptCertificate(errors),
        },
    };
}
