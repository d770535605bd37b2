using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>Runs one item of a batch activity and applies the failure classes of <see cref="CloudErrors"/>.</summary>
public static class ItemGuard
{
    /// <summary>
    /// A permanent error (400/403/404/409) becomes a Failed line for this item only; 401 becomes
    /// <see cref="TileDbCredentialsRejectedException"/>; transient errors escape so the durable retry repeats the batch,
    /// whose look-before-act then skips what an earlier attempt already did. Batch activities of the list engine use
    /// <see cref="RunIsolatedAsync"/> instead.
    /// </summary>
    public static async Task<ItemResult> RunAsync(string phase, string item, Func<Task<ItemResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await CloudErrors.RejectingCredentialsAsync(action).ConfigureAwait(false);
        }
        catch (TileDbCloudException ex) when (CloudErrors.IsPermanent(ex))
        {
            return ItemResult.Failed(phase, item, CloudErrors.Describe(ex));
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException)
        {
            // A URI the client cannot parse or a target it cannot serve: retrying would not change the answer.
            return ItemResult.Failed(phase, item, ex.Message);
        }
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, but a transient error (5xx, 429, timeout, dropped connection) becomes a
    /// <see cref="ItemOutcome.Retry"/> line for this item only, which the list engine (Workflows/Lists) retries alone:
    /// one 500 never repeats, or fails, the batch's successes.
    /// </summary>
    public static async Task<ItemResult> RunIsolatedAsync(string phase, string item, Func<Task<ItemResult>> action)
    {
        try
        {
            return await RunAsync(phase, item, action).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            return ItemResult.Retry(phase, item, Describe(ex)) with { FailedOnRead = IsRead(ex) ? true : null };
        }
    }

    /// <summary>
    /// An error TileDB Cloud answered to a GET or HEAD: nothing was changed. A transport fault is never taken for one,
    /// as the call may have been a change the server applied.
    /// </summary>
    public static bool IsRead(Exception ex) =>
        ex is TileDbCloudException { RequestMethod: "GET" or "HEAD" };

    /// <summary>What <see cref="CloudErrors.OutcomeOf"/> says to retry, and the transport faults the client gives up on.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        TileDbCloudException cloud => CloudErrors.OutcomeOf(cloud) == CloudErrorOutcome.Retry,
        HttpRequestException or TimeoutException or TaskCanceledException or IOException => true,
        _ => false,
    };

    /// <summary>A report reason for a transient failure.</summary>
    public static string Describe(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex is TileDbCloudException cloud ? CloudErrors.Describe(cloud) : $"{ex.GetType().Name}: {ex.Message}";
    }

    /// <summary>Calls that look before acting: a 404 means "not there", anything else is an error as usual.</summary>
    public static async Task<T?> FindAsync<T>(Func<Task<T>> lookup)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(lookup);
        try
        {
            return await lookup().ConfigureAwait(false);
        }
        catch (TileDbCloudException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }
}
