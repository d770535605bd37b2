using TileDbWorkflows.Bench.Scenarios;
using TileDbWorkflows.Worker.DurableTask;

namespace TileDbWorkflows.Bench.E2e;

/// <summary>What one run (scenario x backend x way) measured.</summary>
internal sealed record RunResult
{
    public required string Scenario { get; init; }

    public required string Shape { get; init; }

    public required DurableBackend Backend { get; init; }

    public required Way Way { get; init; }

    public required TimeSpan Wall { get; init; }

    /// <summary>Stopped at the timeout: the wall time is a lower bound.</summary>
    public bool TimedOut { get; init; }

    /// <summary>Why the run did not complete (orchestration failed), if so.</summary>
    public string? Error { get; init; }

    public ScenarioOutcome? Outcome { get; init; }

    public int Items { get; init; }

    public int MutatingCalls { get; init; }

    public int ReadCalls { get; init; }

    /// <summary>Orchestration instances (parent plus sub-orchestrations); 0 for the limit.</summary>
    public int Instances { get; init; }

    public int MaxHistoryEvents { get; init; }

    public int TotalHistoryEvents { get; init; }

    public double StartRssMiB { get; init; }

    public double PeakRssMiB { get; init; }

    public int Concurrency { get; init; }

    /// <summary>First to last TileDB call seen by the emulator.</summary>
    public double ApiSpanSeconds { get; init; }

    /// <summary>Calls the emulator's rate limit answered with 429 (0 where none is set).</summary>
    public int RateLimited { get; init; }

    /// <summary>Mean time the emulator spent per call, added latency included.</summary>
    public double MeanServerMs { get; init; }
}
