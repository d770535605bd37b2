using System.Globalization;
using System.Net;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// The failure classes every activity shares: permanent answers fail one item and are never retried, 401 fails the
/// workflow, everything else (503, 429, 5xx, timeouts) is rethrown for the orchestrator's durable retry policy.
/// </summary>
public static class CloudErrors
{
    public static bool IsPermanent(TileDbCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.MethodNotAllowed;
    }

    public static bool IsCredentials(TileDbCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        // A client with no credentials at all fails locally (no status) with the same meaning as a 401.
        return ex.StatusCode == HttpStatusCode.Unauthorized
            || (ex.StatusCode is null && ex.Message.StartsWith("You must first login", StringComparison.Ordinal));
    }

    /// <summary>A short reason for a report line: the status and TileDB's own message. The client never puts credentials in either.</summary>
    public static string Describe(TileDbCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var message = ex.ServerMessage ?? ex.Message;
        return ex.StatusCode is { } status
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}: {message}")
            : message;
    }

    /// <summary>Turns a 401 into the exception orchestrators do not retry; leaves everything else alone.</summary>
    public static Exception Translate(TileDbCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return IsCredentials(ex)
            ? new TileDbCredentialsRejectedException("TileDB Cloud rejected the credentials (" + Describe(ex) + "); check the configured API token", ex)
            : ex;
    }
}
