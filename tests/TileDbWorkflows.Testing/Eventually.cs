using System.Diagnostics;

namespace TileDbWorkflows.Testing;

/// <summary>
/// Waits for a condition with a deadline instead of sleeping a fixed time: fast when the system is fast,
/// and a clear failure message (not a hang) when it never gets there.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(50);

    public static Task WaitUntilAsync(
        Func<bool> condition,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? pollInterval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitUntilAsync(_ => Task.FromResult(condition()), timeout, because, pollInterval, cancellationToken);
    }

    public static async Task WaitUntilAsync(
        Func<CancellationToken, Task<bool>> condition,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? pollInterval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var interval = pollInterval ?? DefaultPollInterval;
        var stopwatch = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        Exception? lastError = null;
        var attempts = 0;

        while (true)
        {
            attempts++;
            try
            {
                if (await condition(deadline.Token).ConfigureAwait(false))
                {
                    return;
                }
                lastError = null;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The condition itself ran into the deadline: report it as the timeout below.
            }
#pragma warning disable CA1031 // A condition that throws (e.g. a server not up yet) counts as "not yet"; the last error is reported on timeout.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                lastError = ex;
            }

            if (stopwatch.Elapsed >= timeout)
            {
                var message = $"Condition not met within {timeout.TotalSeconds:0.###} s after {attempts} attempts"
                    + (because is null ? "." : $": {because}.")
                    + (lastError is null ? string.Empty : $" Last error: {lastError.GetType().Name}: {lastError.Message}");
                throw new TimeoutException(message, lastError);
            }

            try
            {
                await Task.Delay(interval, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Deadline reached while waiting: loop once more so the condition gets a final check.
            }
        }
    }
}
