using System.Collections.Concurrent;

namespace TileDbWorkflows.Worker.DurableTask;

/// <summary>
/// Keeps the queue messages of the work items this process holds invisible to other workers while it works on them,
/// by renewing their visibility every <c>interval</c>. The sidecar's dispatchers never renew (Durable Task Core's do),
/// so without this a visibility timeout had to exceed the longest activity, and a killed worker's work then waited out
/// that long timeout (5 minutes) on the next worker. With renewal the timeout can be short: a live worker keeps its
/// messages, a dead one's come back within one timeout.
/// </summary>
/// <typeparam name="TWorkItem">The work item type; tracked by reference until completed, abandoned or released.</typeparam>
internal sealed class WorkItemLockRenewals<TWorkItem>(TimeSpan interval, Func<TWorkItem, Task> renew, ILogger logger) : IDisposable
    where TWorkItem : class
{
    private readonly ConcurrentDictionary<TWorkItem, CancellationTokenSource> held = new(ReferenceEqualityComparer.Instance);
    private readonly CancellationTokenSource disposed = new();
    private int isDisposed;

    /// <summary>How many work items are being renewed now (for drain and tests).</summary>
    public int Count => held.Count;

    /// <summary>The work items held now (a snapshot, for the drain to hand back).</summary>
    public IReadOnlyList<TWorkItem> Held => [.. held.Keys];

    /// <summary>Starts renewing <paramref name="workItem"/> (null: nothing was locked) and returns it.</summary>
    public TWorkItem? Hold(TWorkItem? workItem)
    {
        if (workItem is null || Volatile.Read(ref isDisposed) == 1)
        {
            return workItem; // Stopping: nothing more is renewed.
        }
        var stop = CancellationTokenSource.CreateLinkedTokenSource(disposed.Token);
        if (held.TryAdd(workItem, stop))
        {
            _ = RenewUntilStoppedAsync(workItem, stop.Token);
        }
        else
        {
            stop.Dispose();
        }
        return workItem;
    }

    /// <summary>Stops renewing <paramref name="workItem"/>: it was completed, abandoned or released.</summary>
    public void Let(TWorkItem workItem)
    {
        if (workItem is not null && held.TryRemove(workItem, out var stop))
        {
            stop.Cancel();
            stop.Dispose();
        }
    }

    private async Task RenewUntilStoppedAsync(TWorkItem workItem, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(interval, stop).ConfigureAwait(false);
                try
                {
                    await renew(workItem).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed renewal is retried at the next interval; if storage stays away the message reappears
                    // elsewhere, and the work runs again there (activities are idempotent).
                    DurableTaskLog.RenewalFailed(logger, ex, typeof(TWorkItem).Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Completed, abandoned, released, or the service is stopping.
        }
    }

    // Idempotent: the container disposes the adapter once per service type it is registered as.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref isDisposed, 1) == 0)
        {
            disposed.Cancel();
            disposed.Dispose();
        }
    }
}
