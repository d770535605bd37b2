using System.Globalization;
using TileDbWorkflows.Cloud;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>
/// The one place that maps a <see cref="TileDbErrorKind"/> to what a workflow does about it (<see cref="OutcomeOf"/>),
/// and the one place that turns bad credentials into <see cref="TileDbCredentialsRejectedException"/>
/// (<see cref="RejectingCredentialsAsync{T}(Func{Task{T}})"/>), which the durable retry policy never retries.
/// </summary>
public static class CloudErrors
{
    public static CloudErrorOutcome OutcomeOf(TileDbCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.Kind switch
        {
            // A client with no credentials at all fails locally with the same meaning as a 401.
            TileDbErrorKind.NotLoggedIn or TileDbErrorKind.Unauthorized => CloudErrorOutcome.FailWorkflow,
            TileDbErrorKind.Invalid or TileDbErrorKind.Forbidden or TileDbErrorKind.NotFound or TileDbErrorKind.Conflict => CloudErrorOutcome.FailItem,
            _ => CloudErrorOutcome.Retry,
        };
    }

    /// <summary>True when the error fails only its item (<see cref="CloudErrorOutcome.FailItem"/>).</summary>
    public static bool IsPermanent(TileDbCloudException ex) => OutcomeOf(ex) == CloudErrorOutcome.FailItem;

    /// <summary>A short reason for a report line: the status and TileDB's own message. The client never puts credentials in either.</summary>
    public static string Describe(TileDbCloudException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var message = ex.ServerMessage ?? ex.Message;
        return ex.StatusCode is { } status
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}: {message}")
            : message;
    }

    /// <summary>
    /// Runs <paramref name="body"/> (an activity's TileDB calls); an error whose outcome is
    /// <see cref="CloudErrorOutcome.FailWorkflow"/> leaves as <see cref="TileDbCredentialsRejectedException"/>, every
    /// other exception unchanged, so the caller's own catch of permanent errors never sees a credentials error.
    /// </summary>
    public static async Task<T> RejectingCredentialsAsync<T>(Func<Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (TileDbCloudException ex) when (OutcomeOf(ex) == CloudErrorOutcome.FailWorkflow)
        {
            throw new TileDbCredentialsRejectedException("TileDB Cloud rejected the credentials (" + Describe(ex) + "); check the configured API token", ex);
        }
    }
}
