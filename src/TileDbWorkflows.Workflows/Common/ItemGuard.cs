using TileDbWorkflows.Cloud;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Common;

/// <summary>Runs one item of a batch activity and applies the failure classes of <see cref="CloudErrors"/>.</summary>
public static class ItemGuard
{
    /// <summary>
    /// A permanent error (400/403/404/409) becomes a Failed line for this item only; 401 becomes
    /// <see cref="TileDbCredentialsRejectedException"/>; transient errors escape so the durable retry repeats the batch,
    /// whose look-before-act then skips what an earlier attempt already did.
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
