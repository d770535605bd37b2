using System.Diagnostics;
using DurableTask.Core;
using Microsoft.Extensions.Options;
using TileDbWorkflows.Worker.DurableTask;

namespace TileDbWorkflows.Worker.Drain;

/// <summary>
/// The worker's SIGTERM drain. It runs in <see cref="StoppingAsync"/>, which the host awaits for every service before
/// stopping any (so the sidecar, its gRPC endpoint and the Durable Task worker still run and can finish what is short):
/// take nothing new, wait for held work items and queue handlers up to <see cref="DrainOptions.DrainTimeout"/>, then hand
/// the held work items back. Queue handlers still running are cancelled when the listeners stop, which makes their
/// messages visible again at once.
/// </summary>
internal sealed class WorkerDrain(
    DrainSignal signal,
    IOrchestrationService orchestrationService,
    IOptions<DrainOptions> options,
    TimeProvider time,
    ILogger<WorkerDrain> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var adapter = orchestrationService as AzureStorageSidecarAdapter;
        var timeout = options.Value.DrainTimeout;
        var started = Stopwatch.StartNew();
        signal.BeginDraining();
        DrainLog.Draining(logger, adapter?.HeldWorkItems ?? 0, signal.InFlight, timeout);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while ((adapter?.HeldWorkItems ?? 0) > 0 || signal.InFlight > 0)
            {
                await Task.Delay(PollInterval, time, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The drain timeout (or the host's shutdown timeout) ended the wait: hand back what is left.
        }

        var handedBack = adapter is null ? 0 : await adapter.HandBackHeldAsync().ConfigureAwait(false);
        DrainLog.Drained(logger, started.ElapsedMilliseconds, handedBack, signal.InFlight);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
