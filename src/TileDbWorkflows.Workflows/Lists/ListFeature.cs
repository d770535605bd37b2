using System.Text.Json;

namespace TileDbWorkflows.Workflows.Lists;

/// <summary>
/// What a list workflow plugs into the engine: its phase name, the batch activity that looks before it acts (and
/// answers one <see cref="Reporting.ItemResult"/> per item, <see cref="Reporting.ItemOutcome.Retry"/> for a transient
/// failure), and how to build that activity's input from the run's header and a slice of items.
/// </summary>
/// <param name="Name">The key <see cref="ListFeatures"/> finds it by; carried in <see cref="ListJob.Feature"/>.</param>
/// <param name="Phase">The report phase and progress phase.</param>
/// <param name="BatchActivity">Run once with dry run on (the observation) and again on what is left to do.</param>
/// <param name="Batch">The activity input for a batch of items; deterministic (it runs in the orchestrator).</param>
/// <param name="Step">The step named when the workflow fails.</param>
public sealed record ListFeature(
    string Name,
    string Phase,
    string BatchActivity,
    Func<JsonElement, IReadOnlyList<JsonElement>, bool, object> Batch,
    Func<JsonElement, string> Step);
