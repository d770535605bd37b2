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
/// The entry point to TileDB Cloud: one property per API area. Obtain it from DI
/// (<c>services.AddTileDbCloud(...)</c>) or <see cref="TileDbCloudClient.Create(TileDbCloudOptions, HttpMessageHandler, TimeProvider, CloudConfigFile)"/>; mock it in tests.
/// </summary>
public interface ITileDbCloudClient
{
    /// <summary>Login, session and TileDB core configuration.</summary>
    IAuthClient Auth { get; }

    /// <summary>User profiles.</summary>
    IUsersClient Users { get; }

    /// <summary>Organizations.</summary>
    IOrganizationsClient Organizations { get; }

    /// <summary>Arrays.</summary>
    IArraysClient Arrays { get; }

    /// <summary>Groups.</summary>
    IGroupsClient Groups { get; }

    /// <summary>Tasks, SQL and UDF submission.</summary>
    ITasksClient Tasks { get; }

    /// <summary>Invitations.</summary>
    IInvitationsClient Invitations { get; }

    /// <summary>File arrays.</summary>
    IFilesClient Files { get; }

    /// <summary>Retry behaviour in force; changing it applies to the next request.</summary>
    RetryMode RetryMode { get; }

    /// <summary>Switches to a built-in retry mode.</summary>
    void SetRetryMode(RetryMode mode);

    /// <summary>Switches to custom urllib3-like retry settings.</summary>
    void SetRetrySettings(RetrySettings settings);

    /// <summary>Switches to a caller-supplied pipeline.</summary>
    void SetRetryPipeline(ResiliencePipeline<HttpResponseMessage> pipeline);
}
