using TileDbWorkflows.Emulator.Seed;
using TileDbWorkflows.Worker.DurableTask;
using TileDbWorkflows.Workflows.Common;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Bench.Scenarios;

/// <summary>One workload of issue 9, runnable the three ways.</summary>
internal interface IScenario
{
    string Name { get; }

    /// <summary>Human description of the size, e.g. "10000 recipients".</summary>
    string Shape { get; }

    /// <summary>Items a run must account for (report lines of the item phase).</summary>
    int Items { get; }

    /// <summary>The report phase whose lines are the items (other phases, e.g. the sweep's manifest line, are not counted).</summary>
    string ItemPhase { get; }

    /// <summary>True when the scenario needs blob storage (the sweep's manifest), i.e. Azurite even on the in-memory backend.</summary>
    bool NeedsStorage { get; }

    /// <summary>Added to the emulator's default world before each run.</summary>
    SeedWorld Seed();

    /// <summary>Anything outside TileDB to set up before each run (the sweep's manifest blob).</summary>
    Task PrepareAsync(string? storageConnectionString, CancellationToken cancellationToken);

    /// <summary>TileDB calls the shipped workflow has in flight at most with these settings: the limit's cap.</summary>
    int Concurrency(WorkflowOptions workflows, DurableBackendOptions durable);

    Task<ScenarioOutcome> RunLimitAsync(ScenarioEnvironment environment, int concurrency, CancellationToken cancellationToken);

    WorkflowStart Ours(string instanceId);

    WorkflowStart Naive(string instanceId);

    ScenarioOutcome Judge(WorkflowReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var items = report.Items.Where(i => i.Phase == ItemPhase).ToArray();
        if (items.Length == 0)
        {
            // A list workflow's lines are in its report blobs; its summary counts them all.
            return new ScenarioOutcome(report.Summary.Total - report.Summary.Failed, report.Summary.Failed);
        }
        var failed = items.Count(i => i.Outcome == ItemOutcome.Failed);
        return new ScenarioOutcome(items.Length - failed, failed);
    }
}
