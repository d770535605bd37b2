namespace TileDbWorkflows.Worker.Drain;

/// <summary>Section <c>Worker</c>: how a stopping worker (SIGTERM) lets go of its work.</summary>
public sealed class DrainOptions
{
    public const string SectionName = "Worker";

    /// <summary>
    /// <c>Worker:DrainTimeout</c> (default 10 s, 0 to 5 min): after SIGTERM the worker takes no new work items or queue
    /// messages and lets what it runs finish for at most this long; what is still running then is handed back at once
    /// (held activities and orchestration episodes abandoned, queue messages made visible) for another worker to take.
    /// Keep it below the platform's grace period (Container Apps: 30 s) minus a few seconds for the rest of the stop.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
