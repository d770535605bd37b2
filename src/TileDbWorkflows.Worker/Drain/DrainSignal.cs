namespace TileDbWorkflows.Worker.Drain;

/// <summary>
/// Shared by the worker's consumers of work (the task hub adapter, the queue listeners): <see cref="Draining"/> fires
/// when the host starts stopping, before any service stops, so they take nothing new; <see cref="InFlight"/> counts what
/// they still run, so the drain knows when everything short has finished.
/// </summary>
public sealed class DrainSignal : IDisposable
{
    private readonly CancellationTokenSource draining = new();
    private int inFlight;

    /// <summary>Cancelled once the host has begun to stop: take no new work.</summary>
    public CancellationToken Draining => draining.Token;

    public bool IsDraining => draining.IsCancellationRequested;

    /// <summary>Queue messages being handled now (the task hub adapter counts its own work items).</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    public void Enter() => Interlocked.Increment(ref inFlight);

    public void Exit() => Interlocked.Decrement(ref inFlight);

    public void BeginDraining() => draining.Cancel();

    public void Dispose() => draining.Dispose();
}
