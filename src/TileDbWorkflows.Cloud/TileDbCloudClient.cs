using System.Net.Security;
using Polly;
using TileDbWorkflows.Cloud.Arrays;
using TileDbWorkflows.Cloud.Auth;
using TileDbWorkflows.Cloud.Files;
using TileDbWorkflows.Cloud.Groups;
using TileDbWorkflows.Cloud.Http;
using TileDbWorkflows.Cloud.Invitations;
using TileDbWorkflows.Cloud.Tasks;
using TileDbWorkflows.Cloud.Users;

namespace TileDbWorkflows.Cloud;

/// <summary>
/// The TileDB Cloud client. Cheap to create: session, retry mode and redirect cache live in state shared
/// by every client of one DI container (or of one <see cref="Create"/> call).
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

    /// <summary>The region redirects remembered so far.</summary>
    public RegionRedirectCache Redirects => _state.Redirects;

    /// <summary>
    /// Builds a standalone client without DI, for tools and tests (for example against the emulator:
    /// <c>TileDbCloudClient.Create(new TileDbCloudOptions { ServerAddress = url, ApiToken = token, UseConfigFile = false })</c>).
    /// </summary>
    /// <param name="options">Options; validated here.</param>
    /// <param name="primaryHandler">Innermost handler (e.g. a TestServer handler); it must not follow redirects itself. Null creates a socket handler.</param>
    /// <param name="timeProvider">Clock for retry delays; null uses the system clock.</param>
    /// <param name="configFile">cloud.json store; null uses <see cref="TileDbCloudOptions.ConfigFilePath"/>.</param>
    public static TileDbCloudClient Create(TileDbCloudOptions options, HttpMessageHandler? primaryHandler = null, TimeProvider? timeProvider = null, CloudConfigFile? configFile = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        TileDbCloudServiceCollectionExtensions.ValidateOrThrow(options);
        var state = new TileDbCloudState(options, timeProvider ?? TimeProvider.System, configFile ?? new CloudConfigFile(options.ConfigFilePath));
        var retry = new RetryHandler(state.Retry)
        {
            InnerHandler = new RegionRedirectHandler(state.Redirects, options.MaxRedirects)
            {
                InnerHandler = primaryHandler ?? CreatePrimaryHandler(options),
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

    /// <summary>The socket handler used under the TileDB handlers: no automatic redirects, per-attempt timeout.</summary>
    internal static SocketsHttpHandler CreatePrimaryHandler(TileDbCloudOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by RegionRedirectHandler so the API key survives the host change.
            AllowAutoRedirect = false,
            ConnectTimeout = options.RequestTimeout,
            ResponseDrainTimeout = TimeSpan.FromSeconds(2),
        };
        if (!options.VerifySsl)
        {
            handler.SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = static (_, _, _, _) => true };
        }

        return handler;
    }
}
