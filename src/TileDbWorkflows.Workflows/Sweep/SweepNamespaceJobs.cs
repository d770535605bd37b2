using TileDbWorkflows.Workflows.Lists;
using TileDbWorkflows.Workflows.Reporting;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>
/// One namespace's diff as engine jobs: what is settled already (arrays as wished, conflicts: a report part, its lines
/// inline only when few), and the lists to register, update and deregister (null when empty).
/// </summary>
public sealed record SweepNamespaceJobs(WorkflowReport Settled, ListJob? Register, ListJob? Update, ListJob? Remove)
{
    /// <summary>Lines of the arrays phase: settled, registered and updated.</summary>
    public int ArrayCount => Settled.Summary.Total + (Register?.Count ?? 0) + (Update?.Count ?? 0);

    public int RemoveCount => Remove?.Count ?? 0;
}
